import type { Rule } from '../rule.ts';
import { daysBetween, isIsoDate } from '../lib/dates.ts';

export const timelyFiling: Rule = {
  meta: {
    id: 'timely-filing',
    title: 'Timely filing limit',
    severity: 'error',
    carc: '29',
    description: "Days from the date of service to submission above the payer's limit (error), or within 14 days of it (warning).",
    source: 'payer profile timely-filing limit',
  },
  check({ claim, profile, report }) {
    const sub = claim.submissionDate;
    if (!isIsoDate(sub)) return;
    const limit = profile.timelyFilingDays;
    claim.lines.forEach((line, i) => {
      if (!isIsoDate(line.dateOfService)) return;
      const d = daysBetween(line.dateOfService, sub);
      const source = `payer profile ${profile.id}: timely filing ${limit} days from the date of service`;
      if (d > limit) {
        report({
          field: `lines[${i}].dateOfService`,
          message: `submitted ${d} days after the date of service ${line.dateOfService}; ${profile.name ?? profile.id} allows ${limit}`,
          fix: 'the filing window has passed: submit only with proof of timely filing (earlier submission, retro eligibility) or write the line off',
          source,
        });
      } else if (d > limit - 14) {
        report({
          field: `lines[${i}].dateOfService`,
          severity: 'warning',
          message: `submitted ${d} days after the date of service ${line.dateOfService}: ${limit - d} day${limit - d === 1 ? '' : 's'} remain of ${profile.name ?? profile.id}'s ${limit}`,
          fix: `submit this claim now (the limit falls ${limit - d} days after the submission date) and keep the acceptance report`,
          source,
        });
      }
    });
  },
};
