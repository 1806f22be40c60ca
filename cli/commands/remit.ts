import { builtInProfiles } from '../../shared/claims/payers/built-in-profiles.ts';
import { PayerProfiles, type PayerProfile } from '../../shared/contracts/claim.ts';
import { read835 } from '../../shared/denials/remit/read-835.ts';
import { X12Error } from '../../shared/x12/x12-error.ts';
import { triageRemit, type RemitReport } from '../../shared/denials/triage/triage-remit.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { runBatch } from '../batch.ts';
import { InputError } from '../input-error.ts';
import { parseWith, readJson, readText } from '../read-input.ts';

/**
 * `chartside remit <file.835> [--payers P.json] [--profile ID] --json`, or `--jsonl F1 F2 ...`:
 * each claim and line of an X12 835 with its paid amount, adjustments, RARCs and triage.
 * A malformed file is a one-line error naming the file and the segment (exit 2).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['payers', 'profile', 'json', 'jsonl'], ['json', 'jsonl']);
  const payersPath = stringFlag(args, 'payers');
  const profiles: PayerProfile[] = payersPath ? parseWith(PayerProfiles, readJson(payersPath), payersPath) : [];
  const profileId = stringFlag(args, 'profile') ?? null;
  if (profileId && ![...profiles, ...builtInProfiles].some((p) => p.id === profileId)) {
    throw new InputError(`--profile ${profileId}: no such payer profile${payersPath ? ` in ${payersPath}` : ' (give --payers)'}`);
  }
  const one = (file: string) => {
    const text = readText(file);
    try {
      return { remittances: read835(text).map((r) => triageRemit(r, { profiles, profileId })) };
    } catch (err) {
      if (err instanceof X12Error) throw new InputError(`${file}: ${err.message}`);
      throw err;
    }
  };
  if (args.flags.has('jsonl')) return runBatch(args.positional, one);
  if (args.positional.length !== 1) throw new InputError('remit needs exactly one 835 file');
  const result = one(args.positional[0]!);
  if (args.flags.has('json')) console.log(JSON.stringify(result));
  else for (const r of result.remittances) process.stdout.write(listing(r));
  return 0;
}

const m = (n: number) => n.toFixed(2);

/** The plain listing for a terminal: one line per claim, one per service line. */
function listing(r: RemitReport): string {
  const out = [`${r.payer.name ?? '?'} (${r.payer.id ?? '?'})  remit ${r.remitDate ?? '?'}  paid ${m(r.totalPaid)}`];
  for (const c of r.claims) {
    const claimAdj = c.adjustments.map((a) => `${a.group}-${a.carc} ${m(a.amount)}`).join(', ');
    out.push(`${c.claimId}  status ${c.status}  billed ${m(c.billed)}  paid ${m(c.paid)}  patient ${m(c.patientResponsibility)}  profile ${c.profile}${claimAdj ? `  claim adj ${claimAdj}` : ''}`);
    for (const l of c.lines) {
      const code = [l.procedure, ...l.modifiers].join('-');
      const adj = l.adjustments.map((a) => `${a.group}-${a.carc} ${m(a.amount)}`).join(', ');
      const t = l.triage;
      const triage = t ? `  -> ${t.origin} / ${t.owner} / ${t.action}${t.deadline ? ` by ${t.deadline.due}` : ''}` : '';
      out.push(`  ${code.padEnd(12)} ${l.dateOfService ?? '?'}  ${l.status.padEnd(8)} billed ${m(l.billed)}  paid ${m(l.paid)}${adj ? `  ${adj}` : ''}${l.rarc.length ? ` [${l.rarc.join(' ')}]` : ''}${triage}`);
    }
  }
  return `${out.join('\n')}\n`;
}
