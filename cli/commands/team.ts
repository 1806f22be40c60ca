import { readFileSync } from 'node:fs';
import { Role } from '../../shared/contracts/handoff.ts';
import { decodeInvite } from '../../shared/sync/invite.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { InputError } from '../input-error.ts';
import { createTeamWithInvites, inviteMany } from '../team-invites.ts';

const usage = 'team create --worker URL --name NAME | team invites --count N --role coder|biller|lead [--lead FILE] [--ttl-hours H] [--json|--csv]';
const maxCount = 500;
const maxTtlHours = 24 * 30; // the worker's own limit on an invite's life

/**
 * `chartside team create` makes a team on a worker and prints the lead's invite (keep it secret:
 * it carries the lead's token and the team key). `chartside team invites` prints N one-time
 * enrolment codes of one role, one per line (or JSON lines, or CSV for a deployment tool): each
 * enrols one browser, by hand in the options page or by policy (docs/deploy.md).
 */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') return create(rest);
  if (sub === 'invites') return invites(rest);
  throw new InputError(`unknown subcommand "${sub ?? ''}": ${usage}`);
}

async function create(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['worker', 'name', 'json'], ['json']);
  const worker = stringFlag(args, 'worker');
  const name = stringFlag(args, 'name')?.trim();
  if (!worker || !/^https?:\/\//.test(worker)) throw new InputError('--worker: give the worker URL, e.g. https://chartside.example.org');
  if (!name) throw new InputError('--name: give the team name people will see');
  const team = await reach(worker, () => createTeamWithInvites(worker, name, []));
  const lead = team.invites[0]!;
  if (args.flags.has('json')) console.log(JSON.stringify({ teamId: team.teamId, teamName: name, leadInvite: lead.code }));
  else {
    console.log(lead.code);
    console.error(
      `team create: team "${name}" (${team.teamId}) created; the line above is the lead's invite: store it like a password, pass it to \`team invites --lead FILE\``,
    );
  }
  return 0;
}

async function invites(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['count', 'role', 'lead', 'ttl-hours', 'json', 'csv'], ['json', 'csv']);
  const ttl = stringFlag(args, 'ttl-hours');
  const ttlHours = ttl === undefined ? undefined : Number(ttl);
  if (ttlHours !== undefined && (!Number.isInteger(ttlHours) || ttlHours < 1 || ttlHours > maxTtlHours)) {
    throw new InputError(`--ttl-hours: a whole number from 1 to ${maxTtlHours} (the worker keeps a code at most 30 days), not "${ttl}"`);
  }
  const count = Number(stringFlag(args, 'count') ?? '1');
  if (!Number.isInteger(count) || count < 1 || count > maxCount)
    throw new InputError(`--count: a whole number from 1 to ${maxCount}, not "${stringFlag(args, 'count')}"`);
  const role = Role.safeParse(stringFlag(args, 'role') ?? 'coder');
  if (!role.success) throw new InputError(`--role: one of ${Role.options.join(', ')}, not "${stringFlag(args, 'role')}"`);
  const leadCode = readLead(stringFlag(args, 'lead'));
  let lead;
  try {
    lead = decodeInvite(leadCode);
  } catch (err) {
    throw new InputError(`lead invite: ${(err as Error).message}`);
  }
  if (!lead.token) throw new InputError("lead invite: this is a member's one-time code, not the lead's invite from `team create`");
  const made = await reach(lead.workerUrl, () => inviteMany(leadCode, role.data, count, ttlHours));
  if (args.flags.has('json')) for (const i of made) console.log(JSON.stringify({ role: i.role, name: i.name, code: i.code }));
  else if (args.flags.has('csv')) console.log(['name,role,code', ...made.map((i) => `${i.name},${i.role},${i.code}`)].join('\n'));
  else for (const i of made) console.log(i.code);
  console.error(
    `team invites: ${made.length} one-time ${role.data} code(s) for team ${lead.teamName ? `"${lead.teamName}"` : lead.teamId}; each enrols one browser`,
  );
  return 0;
}

/** The lead's invite: from --lead FILE, else CHARTSIDE_LEAD_INVITE (never a command-line value: shells keep history). */
function readLead(file: string | undefined): string {
  if (file) {
    try {
      return readFileSync(file === '-' ? 0 : file, 'utf8').trim();
    } catch (err) {
      throw new InputError(`--lead ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  }
  const env = process.env.CHARTSIDE_LEAD_INVITE?.trim();
  if (!env) throw new InputError('give the lead invite from `team create` with --lead FILE (or - for stdin) or CHARTSIDE_LEAD_INVITE');
  return env;
}

/** Worker failures become one line naming the worker, never a stack trace. */
async function reach<T>(worker: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const message = (err as Error).message;
    if (message === 'fetch failed') throw new InputError(`worker ${worker} is not reachable`);
    throw new InputError(message.includes('HTTP 401') ? `worker ${worker} refused the lead's token (revoked?)` : message);
  }
}
