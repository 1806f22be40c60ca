import { Claim, ClaimCase, Eligibility, PayerProfiles, type PayerProfile } from '../../shared/contracts/claim.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import { profilesFor } from '../../shared/claims/payers/select-profile.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { runBatch } from '../batch.ts';
import { loadCodeSets } from '../codesets/load.ts';
import { loadEditDir } from '../edits-dir.ts';
import { InputError } from '../input-error.ts';
import { parseWith, readJson } from '../read-input.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['eligibility', 'payers', 'edits', 'json', 'jsonl'], ['json', 'jsonl']);
  const codeSets = await loadCodeSets();
  const payersPath = stringFlag(args, 'payers');
  const payerProfiles: PayerProfile[] = payersPath ? parseWith(PayerProfiles, readJson(payersPath), payersPath) : [];
  const editsPath = stringFlag(args, 'edits');
  const edits = editsPath ? loadEditDir(editsPath) : undefined;
  const eligibilityPath = stringFlag(args, 'eligibility');
  const flagEligibility = eligibilityPath ? parseWith(Eligibility, readJson(eligibilityPath), eligibilityPath) : null;

  const one = (file: string) => {
    const raw = readJson(file);
    // A file holds either a bare claim or the evaluation-set case {claim, eligibility, payerProfile}.
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${file}: (top level): expected a claim object`);
    // Errors name the field as the file spells it: `claim.lines[0].code` in a case, `lines[0].code` in a bare claim.
    const c = 'claim' in raw ? parseWith(ClaimCase, raw, file) : { claim: parseWith(Claim, raw, file), eligibility: null, payerProfile: null };
    const flags = checkClaim(
      { claim: c.claim, eligibility: c.eligibility ?? flagEligibility, payerProfiles: profilesFor(c.payerProfile, payerProfiles), payerProfileId: c.payerProfile },
      { codeSets, edits },
    );
    return { flags };
  };
  if (args.flags.has('jsonl')) return runBatch(args.positional, one);
  if (args.positional.length !== 1) throw new InputError('check needs exactly one claim file');
  console.log(JSON.stringify(one(args.positional[0]!)));
  return 0;
}
