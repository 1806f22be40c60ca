import { Claim, ClaimCase, Eligibility, PayerProfiles, type PayerProfile } from '../../shared/contracts/claim.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { profilesFor } from '../../shared/claims/payers/select-profile.ts';
import { looksLikeX12, read837p } from '../../shared/x12/837p/read-837p.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { loadCodeSets } from '../codesets/load.ts';
import { loadEditDir } from '../edits-dir.ts';
import { InputError } from '../input-error.ts';
import { exitQuietlyOnClosedPipe } from '../quiet-pipe.ts';
import { parseWith, readJson, readText } from '../read-input.ts';

/**
 * `chartside check <claim.json | batch.837> [...] --json`, or `--jsonl F1 F2 ...` (CONTRACTS §1.2).
 * A file that starts with ISA is an 837P batch: each of its claims is checked and gets its own
 * result, with its CLM01; a claim that cannot be read gets one line naming the segment and
 * element, the others are still checked, and the exit status is then 2.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['eligibility', 'payers', 'edits', 'json', 'jsonl'], ['json', 'jsonl']);
  exitQuietlyOnClosedPipe();
  const codeSets = await loadCodeSets();
  const payersPath = stringFlag(args, 'payers');
  const payerProfiles: PayerProfile[] = payersPath ? parseWith(PayerProfiles, json(payersPath), payersPath) : [];
  const editsPath = stringFlag(args, 'edits');
  const edits = editsPath ? loadEditDir(editsPath) : undefined;
  const eligibilityPath = stringFlag(args, 'eligibility');
  const flagEligibility = eligibilityPath ? parseWith(Eligibility, json(eligibilityPath), eligibilityPath) : null;
  const check = (c: ClaimCase) =>
    checkClaim(
      {
        claim: c.claim,
        eligibility: c.eligibility ?? flagEligibility,
        payerProfiles: profilesFor(c.payerProfile, payerProfiles),
        payerProfileId: c.payerProfile,
      },
      { codeSets, edits },
    );

  /** One result per claim: a JSON file holds one, an 837P batch many. */
  const results = (file: string): object[] => {
    const text = readText(file);
    if (looksLikeX12(text)) {
      const batch = read837p(text);
      const out: object[] = batch.claims.map((c) => {
        const where = `CLM01 ${JSON.stringify(c.clm01 ?? '')} (CLM at segment ${c.segment})`;
        if (!c.claim) return { clm01: c.clm01, error: `${file}: ${where}: ${c.error}` };
        const parsed = Claim.safeParse(c.claim);
        if (!parsed.success)
          return { clm01: c.clm01, error: `${file}: ${where}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}` };
        return { clm01: c.clm01, flags: check({ claim: parsed.data, eligibility: null }) };
      });
      if (batch.error) out.push({ error: `${file}: ${batch.error}` });
      if (out.length === 0) out.push({ error: `${file}: the 837 holds no CLM claim segments` });
      return out;
    }
    const raw = parse(file, text);
    // A file holds either a bare claim or the evaluation-set case {claim, eligibility, payerProfile}.
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${file}: (top level): expected a claim object`);
    // Errors name the field as the file spells it: `claim.lines[0].code` in a case, `lines[0].code` in a bare claim.
    const c = 'claim' in raw ? parseWith(ClaimCase, raw, file) : { claim: parseWith(Claim, raw, file), eligibility: null, payerProfile: null };
    return [{ flags: check(c) }];
  };

  if (args.flags.has('jsonl')) {
    if (args.positional.length === 0) throw new InputError('--jsonl needs at least one file');
    let status = 0;
    for (const file of args.positional) {
      let lines: object[];
      try {
        lines = results(file);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        lines = [{ error: err.message }];
      }
      for (const l of lines) {
        if ('error' in l) status = 2;
        process.stdout.write(`${JSON.stringify({ file, ...l })}\n`);
      }
    }
    return status;
  }
  if (args.positional.length !== 1) throw new InputError('check needs exactly one claim file');
  const file = args.positional[0]!;
  const out = results(file);
  if (out.length === 1 && !('clm01' in out[0]!)) {
    const only = out[0] as { error?: string };
    if (only.error) throw new InputError(only.error);
    console.log(JSON.stringify(out[0]));
    return 0;
  }
  // An 837P batch: every claim's result; the faults also on stderr, one line each.
  console.log(JSON.stringify({ claims: out }));
  const faults = out.filter((o): o is { error: string } => 'error' in o);
  for (const f of faults) console.error(`chartside check: ${f.error}`);
  return faults.length > 0 ? 2 : 0;
}

const json = readJson;

function parse(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`${path}: not valid JSON (${(err as Error).message})`);
  }
}
