import type { Rule } from '../rule.ts';
import { datesForDiagnosis } from '../lib/dates.ts';

export const dxInvalid: Rule = {
  meta: {
    id: 'dx-invalid',
    title: 'Diagnosis is not an ICD-10-CM code',
    severity: 'error',
    carc: '16',
    description: 'A diagnosis that is not an ICD-10-CM code in the year in effect on the date of service.',
    source: 'ICD-10-CM order file for the year in effect',
  },
  check({ claim, codeSets, report }) {
    claim.diagnoses.forEach((dx, i) => {
      if (!dx.trim()) return;
      // Each year in effect on a date of the lines pointing to it (a claim may span October 1).
      const dates = datesForDiagnosis(claim, i);
      for (const dos of dates.length ? dates : [undefined]) {
        if (codeSets.icd(dx, dos)) continue;
        const year = codeSets.icdYearFor(dos);
        const icd9 = /^\d{3}(\.\d{1,2})?$|^[EV]\d{2,3}\.\d/.test(dx);
        report({
          field: `diagnoses[${i}]`,
          message: `${dx} is not an ICD-10-CM code in ${year} (date of service ${dos ?? 'unknown'})${icd9 ? '; it looks like an ICD-9-CM code' : ''}`,
          fix: 'replace it with a valid ICD-10-CM code for the date of service',
          source: `ICD-10-CM ${year} order file`,
        });
        return;
      }
    });
  },
};
