import type { Rule } from '../rule.ts';
import { datesForDiagnosis } from '../lib/dates.ts';

export const dxNotBillable: Rule = {
  meta: {
    id: 'dx-not-billable',
    title: 'Diagnosis needs more characters',
    severity: 'error',
    carc: '16',
    description: 'A category or subcategory header that has more specific codes below it is not valid on a claim.',
    source: 'ICD-10-CM Official Guidelines I.B.2 (code to the highest number of characters available)',
  },
  check({ claim, codeSets, report }) {
    claim.diagnoses.forEach((dx, i) => {
      for (const dos of datesForDiagnosis(claim, i)) {
        const hit = codeSets.icd(dx, dos);
        if (hit && !hit.billable) {
          report({
            field: `diagnoses[${i}]`,
            message: `${hit.code} (${hit.title}) is a header in ICD-10-CM ${hit.year}: it needs more characters`,
            fix: `choose the complete code under ${hit.code} that the documentation supports`,
            source: `ICD-10-CM ${hit.year} order file (header, not valid for HIPAA transactions)`,
          });
          return;
        }
      }
    });
  },
};
