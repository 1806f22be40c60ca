import type { Rule } from '../rule.ts';
import { claimDateOfService } from '../claim-dates.ts';

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
    const dos = claimDateOfService(claim);
    claim.diagnoses.forEach((dx, i) => {
      if (!dx.trim()) return;
      if (!codeSets.icd(dx, dos)) {
        const year = codeSets.icdYearFor(dos);
        report({
          field: `diagnoses[${i}]`,
          message: `${dx} is not an ICD-10-CM code in ${year} (date of service ${dos ?? 'unknown'})`,
          fix: 'replace it with a valid code for the date of service',
          source: `ICD-10-CM ${year} order file`,
        });
      }
    });
  },
};
