import type { Claim, Eligibility, PayerProfile } from '../contracts/claim.ts';
import type { Flag } from '../contracts/flag.ts';
import type { CodeSets } from '../codes/code-sets.ts';
import { noEdits, type EditTables } from './edits/edit-tables.ts';
import { selectProfile } from './payers/select-profile.ts';
import { rules as registered } from './registry.ts';
import type { Rule, ClaimContext } from './rule.ts';

export interface CheckInput {
  claim: Claim;
  eligibility?: Eligibility | null;
  payerProfiles?: PayerProfile[];
  payerProfileId?: string | null;
}

export interface CheckDeps {
  codeSets: CodeSets;
  edits?: EditTables;
}

/**
 * Runs every registered rule (or the given ones, for tests); a rule that throws becomes an
 * `info` flag, never a crash.
 */
export function checkClaim(input: CheckInput, deps: CheckDeps, rules: readonly Rule[] = registered): Flag[] {
  const flags: Flag[] = [];
  const profile = selectProfile(input.claim, input.payerProfiles ?? [], input.payerProfileId);
  // One context for all rules (a batch checks thousands of claims a second); `rule` is the one running.
  let rule: Rule = rules[0]!;
  const ctx: ClaimContext = {
    claim: input.claim,
    eligibility: input.eligibility ?? null,
    profile,
    codeSets: deps.codeSets,
    edits: deps.edits ?? noEdits,
    report: (f) =>
      flags.push({
        rule: rule.meta.id,
        severity: f.severity ?? rule.meta.severity,
        field: f.field,
        carc: f.carc === undefined ? rule.meta.carc : f.carc,
        message: f.message,
        fix: f.fix,
        source: f.source ?? rule.meta.source,
      }),
  };
  for (const r of rules) {
    rule = r;
    try {
      r.check(ctx);
    } catch (err) {
      flags.push({
        rule: r.meta.id,
        severity: 'info',
        field: 'claim',
        carc: null,
        message: `rule ${r.meta.id} could not run: ${(err as Error).message}`,
        fix: 'report this to the Chartside team',
        source: 'engine',
      });
    }
  }
  return flags;
}
