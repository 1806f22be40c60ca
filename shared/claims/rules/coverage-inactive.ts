import type { Rule } from '../rule.ts';
import { isIsoDate } from '../lib/dates.ts';

export const coverageInactive: Rule = {
  meta: {
    id: 'coverage-inactive',
    title: 'No coverage on the date of service',
    severity: 'error',
    carc: '26',
    description: 'With eligibility: a date of service before coverage start (CARC 26), after its end (27), or a policy shown inactive.',
    source: 'payer eligibility response (271 / portal)',
  },
  check({ claim, eligibility: e, report }) {
    if (!e) return;
    const start = isIsoDate(e.coverageStart) ? e.coverageStart : null;
    const end = isIsoDate(e.coverageEnd) ? e.coverageEnd : null;
    const span = `coverage ${start ?? '?'} to ${end ?? 'open'}, status ${e.status}`;
    claim.lines.forEach((line, i) => {
      const dos = line.dateOfService;
      if (!isIsoDate(dos)) return;
      const field = `lines[${i}].dateOfService`;
      const source = `eligibility response: ${span}`;
      // Coverage dates are inclusive.
      if (start && dos < start) {
        report({
          field,
          carc: '26',
          source,
          message: `date of service ${dos} is before coverage starts on ${start}`,
          fix: 'check for other coverage on that date (prior plan, retroactive enrollment) and bill that payer, or the patient',
        });
      } else if (end && dos > end) {
        report({
          field,
          carc: '27',
          source,
          message: `date of service ${dos} is after coverage ended on ${end}`,
          fix: 'ask the patient for current insurance and bill the plan in force on the date of service',
        });
      } else if (e.status === 'inactive') {
        report({
          field,
          carc: '27',
          source,
          message: `the payer shows this policy inactive${end ? ` (ended ${end})` : ''} for the date of service ${dos}`,
          fix: 'verify eligibility again and bill the coverage active on the date of service, or the patient',
        });
      }
    });
  },
};
