/**
 * Helpers for the rules' table tests: a valid, clean claim to vary, and a small fake code set
 * (no generated index needed), so each case states exactly the facts it depends on.
 */
import { Claim, type Eligibility, type PayerProfile } from '../../shared/contracts/claim.ts';
import type { Flag } from '../../shared/contracts/flag.ts';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { icdFiscalYear } from '../../shared/codes/fiscal-year.ts';
import { noEdits, type EditTables } from '../../shared/claims/edits/edit-tables.ts';
import { checkClaim } from '../../shared/claims/check-claim.ts';
import type { Rule } from '../../shared/claims/rule.ts';
import type { MceInfo } from '../../shared/claims/lib/code-set-extras.ts';

export interface FakeCodes {
  /** dotted code -> [title, billable?, years it exists in (default: all)] */
  icd?: Record<string, [string, boolean?, string[]?]>;
  mce?: Record<string, Partial<MceInfo>>;
  excludes1?: [string, string][];
  hcpcs?: string[];
  modifiers?: string[];
}

const baseIcd: FakeCodes['icd'] = {
  I10: ['Essential (primary) hypertension'],
  'E11.9': ['Type 2 diabetes mellitus without complications'],
  E11: ['Type 2 diabetes mellitus', false],
};

export function fakeCodeSets(f: FakeCodes = {}, withExtras = true): CodeSets {
  const icd = new Map(Object.entries({ ...baseIcd, ...f.icd }).map(([c, v]) => [c.replace('.', ''), { code: c, v }]));
  const cs = {
    icdYearFor: (dos?: string) => (dos ? icdFiscalYear(dos) : 'FY2026'),
    icd(code: string, dos?: string) {
      const e = icd.get(code.replace('.', '').toUpperCase());
      const year = dos ? icdFiscalYear(dos) : 'FY2026';
      if (!e || (e.v[2] && !e.v[2].includes(year))) return null;
      return { system: 'ICD-10-CM', code: e.code, title: e.v[0], billable: e.v[1] ?? true, year };
    },
  };
  if (!withExtras) return cs as unknown as CodeSets;
  return Object.assign(cs, {
    mce: (code: string) => ({ manifestation: false, unacceptableFirst: false, ...f.mce?.[code] }),
    mceAgeRange: () => undefined, // rules fall back to the contract's ranges
    excludes1Conflict: (a: string, b: string) =>
      (f.excludes1 ?? []).some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? { code: b, text: `${b} (test note)` } : null,
    hcpcs: (code: string) => ((f.hcpcs ?? ['G2211', 'J3301']).includes(code) ? { code } : null),
    hcpcsModifier: (m: string) => ((f.modifiers ?? ['RT', 'LT', 'GP', 'QN', 'XS']).includes(m) ? { code: m, title: m } : null),
  }) as unknown as CodeSets;
}

export function claimOf(patch: (c: Record<string, any>) => void = () => {}): Claim {
  const raw: Record<string, any> = {
    id: 'T-1',
    payer: { name: 'Acme', kind: 'commercial', payerId: 'ACME1' },
    patient: { firstName: 'Ana', lastName: 'Ruiz', dob: '1970-03-02', sex: 'F', memberId: 'M123' },
    billingProvider: { npi: '1234567893' },
    renderingProvider: { npi: '1234567893' },
    placeOfService: '11',
    priorAuthorization: null,
    submissionDate: '2026-03-10',
    diagnoses: ['I10'],
    lines: [{ dateOfService: '2026-03-03', code: '99213', modifiers: [], units: 1, diagnosisPointers: [1], charge: 100 }],
  };
  patch(raw);
  return Claim.parse(raw);
}

export interface RunOpts {
  codes?: FakeCodes;
  codeSets?: CodeSets;
  edits?: EditTables;
  eligibility?: Eligibility | null;
  profiles?: PayerProfile[];
  profileId?: string;
}

/** Runs one rule through the real engine (so meta defaults and never-throw apply). */
export function run(rule: Rule, claim: Claim, o: RunOpts = {}): Flag[] {
  const flags = checkClaim(
    { claim, eligibility: o.eligibility ?? null, payerProfiles: o.profiles ?? [], payerProfileId: o.profileId ?? null },
    { codeSets: o.codeSets ?? fakeCodeSets(o.codes), edits: o.edits ?? noEdits },
    [rule],
  );
  return flags;
}

export const fields = (flags: Flag[]) => flags.map((f) => f.field);

export function eligibilityOf(patch: Partial<Eligibility> = {}): Eligibility {
  return {
    memberId: 'M123',
    firstName: 'Ana',
    lastName: 'Ruiz',
    dob: '1970-03-02',
    status: 'active',
    coverageStart: '2026-01-01',
    coverageEnd: null,
    inNetwork: true,
    priorAuthRequired: [],
    referralRequired: false,
    ...patch,
  };
}
