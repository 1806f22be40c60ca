import { createHash } from 'node:crypto';
import { DenialRecord, type DenialInput } from '../shared/contracts/denial-record.ts';
import { decodeInvite } from '../shared/sync/invite.ts';
import { InputError } from './input-error.ts';

export interface PushTarget {
  workerUrl: string;
  token: string;
}

/**
 * Where `--push` sends: `--worker URL` with `--token T` (or the CHARTSIDE_TOKEN variable, which
 * keeps the token out of the process list), or `--invite CODE`, an invite that carries a token
 * (the one `chartside` printed for the team's lead).
 */
export function pushTarget(flags: { worker?: string; token?: string; invite?: string }, env: NodeJS.ProcessEnv): PushTarget {
  if (flags.invite) {
    let invite: ReturnType<typeof decodeInvite>;
    try {
      invite = decodeInvite(flags.invite);
    } catch (err) {
      throw new InputError(`--invite: ${(err as Error).message}`);
    }
    if (!invite.token)
      throw new InputError('--invite: this invite holds a one-time code, not a token: join the team in the extension, or give --worker and --token');
    return { workerUrl: invite.workerUrl, token: invite.token };
  }
  const token = flags.token ?? env.CHARTSIDE_TOKEN;
  if (!flags.worker || !token) throw new InputError('--push needs --worker URL and --token T (or CHARTSIDE_TOKEN), or --invite CODE');
  if (!/^https?:\/\//.test(flags.worker)) throw new InputError(`--worker ${flags.worker}: not an http(s) address`);
  return { workerUrl: flags.worker, token };
}

/** A UUID made from the record's key, so the same remittance line always gets the same id. */
export function idOf(key: string): string {
  const h = createHash('sha256').update(`chartside-denial\n${key}`).digest('hex');
  // Version 5 layout (name-based) and the RFC 4122 variant, so the worker's UUID check holds.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Sends denial records to the team's worker (POST /denials, 500 a request, idempotent on the
 * id). Records the contract would refuse (an odd reason code in a payer's file) are left out and
 * counted, so one does not sink the rest.
 */
export async function pushDenials(
  target: PushTarget,
  entries: { key: string; record: DenialRecord }[],
): Promise<{ created: number; known: number; skipped: number }> {
  const inputs: DenialInput[] = [];
  let skipped = 0;
  for (const e of entries) {
    if (DenialRecord.safeParse(e.record).success) inputs.push({ ...e.record, id: idOf(e.key) } as DenialInput);
    else skipped++;
  }
  let created = 0;
  let known = 0;
  for (let i = 0; i < inputs.length; i += 500) {
    const url = new URL('/denials', target.workerUrl);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
        body: JSON.stringify({ records: inputs.slice(i, i + 500) }),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
      throw new InputError(`worker ${target.workerUrl}: cannot connect (${cause})`);
    }
    if (!res.ok) {
      const text = (await res.text()).replace(/\s+/g, ' ').slice(0, 200);
      throw new InputError(
        `worker ${url.href}: HTTP ${res.status}${res.status === 401 ? ' (the token is not valid for this worker)' : ''}: ${text}${created + known > 0 ? ` (${created + known} records were stored before this)` : ''}`,
      );
    }
    const body = (await res.json()) as { results: { created: boolean }[] };
    for (const r of body.results)
      if (r.created) created++;
      else known++;
  }
  return { created, known, skipped };
}
