import type { Rule } from '../rule.ts';

/** Ids: no spaces or dashes, case-insensitive (CONTRACTS §3.4). */
const idKey = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();
/** Names: case, accents, spaces and punctuation do not make a different person. */
const nameKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

export const memberMismatch: Rule = {
  meta: {
    id: 'member-mismatch',
    title: "Patient doesn't match the payer's record",
    severity: 'error',
    carc: '31',
    description: 'With eligibility: member id, name or date of birth on the claim differ from the payer record.',
    source: 'payer eligibility response (271 / portal)',
  },
  check({ claim, eligibility: e, report }) {
    if (!e) return;
    const p = claim.patient;
    const pairs: [string, string | null | undefined, string | null | undefined, (s: string) => string, string][] = [
      ['patient.memberId', p.memberId, e.memberId, idKey, 'member id'],
      ['patient.firstName', p.firstName, e.firstName, nameKey, 'first name'],
      ['patient.lastName', p.lastName, e.lastName, nameKey, 'last name'],
      ['patient.dob', p.dob, e.dob, (s) => s, 'date of birth'],
    ];
    for (const [field, mine, theirs, key, what] of pairs) {
      if (!mine || !theirs || key(mine) === key(theirs)) continue;
      report({
        field,
        message: `the claim's ${what} "${mine}" differs from the payer's "${theirs}"`,
        fix: `enter the ${what} exactly as on the member's card / eligibility response ("${theirs}")`,
        source: `eligibility response ${what}`,
      });
    }
  },
};
