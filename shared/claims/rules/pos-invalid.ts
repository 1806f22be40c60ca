import type { Rule } from '../rule.ts';
import { placesOfService } from '../lib/procedure-kinds.ts';

export const posInvalid: Rule = {
  meta: {
    id: 'pos-invalid',
    title: 'Place of service is not a CMS code',
    severity: 'error',
    carc: '16',
    description: 'The place of service must be a code of the CMS place-of-service code set.',
    source: 'CMS Place of Service Code Set',
  },
  check({ claim, report }) {
    const pos = claim.placeOfService;
    if (!pos) return; // missing is required-field's finding
    if (!placesOfService.has(pos)) {
      report({
        field: 'placeOfService',
        message: `place of service "${pos}" is not a CMS place-of-service code${/^\d\d$/.test(pos) ? ' (unassigned)' : ''}`,
        fix: 'enter the two-digit code where the service was rendered (11 office, 22 outpatient hospital, 21 inpatient, 23 emergency room)',
      });
    }
  },
};
