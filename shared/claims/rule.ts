import type { Claim, Eligibility, PayerProfile } from '../contracts/claim.ts';
import type { Flag, Severity } from '../contracts/flag.ts';
import type { CodeSets } from '../codes/code-sets.ts';
import type { EditTables } from './edits/edit-tables.ts';

export interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  /** The CARC the payer would most likely send, or null. */
  carc: string | null;
  description: string;
  /** Where the rule comes from: contract section, guideline, CMS manual. */
  source: string;
}

export interface ClaimContext {
  claim: Claim;
  eligibility: Eligibility | null;
  profile: PayerProfile;
  codeSets: CodeSets;
  edits: EditTables;
  /** Report one finding; severity, carc and source default to the rule's meta. */
  report(finding: Omit<Flag, 'rule' | 'severity' | 'carc' | 'source'> & Partial<Pick<Flag, 'severity' | 'carc' | 'source'>>): void;
}

/** One rule per file under rules/, ESLint style: it reports, it never throws. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: ClaimContext): void;
}
