import { builtInProfiles } from '../../shared/claims/payers/built-in-profiles.ts';
import { PayerProfiles, type PayerProfile } from '../../shared/contracts/claim.ts';
import type { RemitClaim, Remittance } from '../../shared/denials/remit/model.ts';
import { remit835Reader, type Read835Options } from '../../shared/denials/remit/read-835.ts';
import { claimTriage, denialEntriesOf, triageRemit, type ClaimReport, type TriageOptions } from '../../shared/denials/triage/triage-remit.ts';
import { X12Error } from '../../shared/x12/x12-error.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { runBatch } from '../batch.ts';
import { InputError } from '../input-error.ts';
import { exitQuietlyOnClosedPipe } from '../quiet-pipe.ts';
import { progressBar } from '../progress.ts';
import { pushDenials, pushTarget, type PushTarget } from '../push-denials.ts';
import { readChunks } from '../read-chunks.ts';
import { parseWith, readJson } from '../read-input.ts';

/**
 * `chartside remit <file.835> [--payers P.json] [--profile ID] --json`, or `--jsonl F1 F2 ...`:
 * each claim and line of an X12 835 with its paid amount, adjustments, RARCs and triage, the
 * provider-level adjustments and whether the payment balances. The file is read a megabyte at a
 * time; without --json the listing is printed claim by claim as it is read, so a file of any size
 * runs in bounded memory (with a progress bar when standard error is a terminal).
 * A malformed file is a one-line error naming the file and the segment (exit 2).
 * `--push` (with `--worker URL --token T` or `--invite CODE`) records every denied or adjusted
 * line as a denial record on the team's worker, for the insights and the denial memory.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['payers', 'profile', 'json', 'jsonl', 'push', 'worker', 'token', 'invite'], ['json', 'jsonl', 'push']);
  exitQuietlyOnClosedPipe();
  const target: PushTarget | null = args.flags.has('push')
    ? pushTarget({ worker: stringFlag(args, 'worker'), token: stringFlag(args, 'token'), invite: stringFlag(args, 'invite') }, process.env)
    : null;
  const payersPath = stringFlag(args, 'payers');
  const profiles: PayerProfile[] = payersPath ? parseWith(PayerProfiles, readJson(payersPath), payersPath) : [];
  const profileId = stringFlag(args, 'profile') ?? null;
  if (profileId && ![...profiles, ...builtInProfiles].some((p) => p.id === profileId)) {
    throw new InputError(`--profile ${profileId}: no such payer profile${payersPath ? ` in ${payersPath}` : ' (give --payers)'}`);
  }
  const triage: TriageOptions = { profiles, profileId };
  const whole = async (file: string) => {
    const remittances = read(file).map((r) => triageRemit(r, triage));
    const pushed = target ? await pushDenials(target, remittances.flatMap(denialEntriesOf)) : undefined;
    return { remittances, ...(pushed && { pushed }) };
  };
  if (args.flags.has('jsonl')) return runBatch(args.positional, whole);
  if (args.positional.length !== 1) throw new InputError('remit needs exactly one 835 file');
  const file = args.positional[0]!;
  if (args.flags.has('json')) {
    const result = await whole(file);
    console.log(JSON.stringify(result));
    if (result.pushed) say(target!, result.pushed);
    return 0;
  }
  const entries: ReturnType<typeof denialEntriesOf> = [];
  // The listing: each claim as it is read, each remittance's footing at its end.
  let current: Remittance | null = null;
  let claimOf: (c: RemitClaim) => ClaimReport = () => {
    throw new Error('claim before its remittance');
  };
  const start = (r: Remittance) => {
    if (current === r) return;
    current = r;
    claimOf = claimTriage(r, triage);
    out(`${r.payer.name ?? '?'} (${r.payer.id ?? '?'})  remit ${r.remitDate ?? '?'}  paid ${m(r.totalPaid)}`);
  };
  const all = read(
    file,
    {
      keepClaims: false,
      onClaim: (c, r) => {
        start(r);
        const report = claimOf(c);
        out(claimListing(report));
        if (target) entries.push(...denialEntriesOf({ payer: r.payer, remitDate: r.remitDate, traceNumber: r.traceNumber, claims: [report] }));
      },
      onRemittance: (r) => {
        start(r);
        out(footing(r));
      },
    },
    true,
  );
  for (const r of all)
    for (const p of r.reversals ?? []) {
      const at = (w: { remittance: number; segment: number } | null) => (w ? `segment ${w.segment}` : 'not in this file');
      out(`reversal of claim ${p.claimId} at ${at(p.reversal)}: original ${at(p.original)}, correction ${at(p.correction)}`);
    }
  if (target) say(target, await pushDenials(target, entries));
  return 0;
}

function say(target: PushTarget, p: { created: number; known: number; skipped: number }): void {
  const left = p.skipped ? `, ${p.skipped} left out (a code the denial record does not take)` : '';
  console.error(`pushed to ${target.workerUrl}: ${p.created} new denial records, ${p.known} already there${left}`);
}

function read(file: string, opts: Read835Options = {}, listing = false): Remittance[] {
  const reader = remit835Reader(opts);
  // A listing on the terminal shows its own progress; the bar would break into its lines.
  const bar = progressBar(`reading ${file}`, process.stderr, !(listing && process.stdout.isTTY));
  try {
    readChunks(file, reader.push, bar.update);
    return reader.end();
  } catch (err) {
    if (err instanceof X12Error) throw new InputError(`${file}: ${err.message}`);
    throw err;
  } finally {
    bar.done();
  }
}

const out = (text: string) => process.stdout.write(`${text}\n`);
const m = (n: number) => n.toFixed(2);
const adj = (list: { group: string; carc: string; amount: number }[]) => list.map((a) => `${a.group}-${a.carc} ${m(a.amount)}`).join(', ');
const arrow = (t: ClaimReport['triage']) => (t ? `  -> ${t.origin} / ${t.owner} / ${t.action}${t.deadline ? ` by ${t.deadline.due}` : ''}` : '');

/** One line per claim, one per service line; a claim without lines carries its own triage. */
function claimListing(c: ClaimReport): string {
  const claimAdj = adj(c.adjustments);
  const rows = [
    `${c.claimId}  status ${c.status}  billed ${m(c.billed)}  paid ${m(c.paid)}  patient ${m(c.patientResponsibility)}  payer rules: ${c.profileName ?? c.profile}${claimAdj ? `  claim adj ${claimAdj}` : ''}${c.rarc.length ? ` [${c.rarc.join(' ')}]` : ''}${c.lines.length === 0 ? arrow(c.triage) : ''}`,
  ];
  for (const l of c.lines) {
    const code = [l.procedure, ...l.modifiers].join('-');
    const a = adj(l.adjustments);
    rows.push(
      `  ${code.padEnd(12)} ${l.dateOfService ?? '?'}  ${l.status.padEnd(8)} billed ${m(l.billed)}  paid ${m(l.paid)}${a ? `  ${a}` : ''}${l.rarc.length ? ` [${l.rarc.join(' ')}]` : ''}${arrow(l.triage)}`,
    );
  }
  return rows.join('\n');
}

/** PLB adjustments and the reconciliation of BPR02 with the claims and the PLBs. */
function footing(r: Remittance): string {
  const rows = (r.providerAdjustments ?? []).map(
    (p) =>
      `  provider adjustment ${p.reason}${p.reference ? ` ${p.reference}` : ''} ${m(p.amount)}  (provider ${p.provider}${p.fiscalPeriodEnd ? `, fiscal period ${p.fiscalPeriodEnd}` : ''})`,
  );
  if (r.reconciliation) rows.push(`  ${r.reconciliation.balanced ? '' : 'WARNING: '}${r.reconciliation.message}`);
  return rows.join('\n');
}
