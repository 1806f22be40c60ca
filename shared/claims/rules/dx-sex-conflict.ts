import type { Rule } from '../rule.ts';
import { datesForDiagnosis } from '../lib/dates.ts';
import { sexOfDiagnosis } from '../lib/sex-specific.ts';

export const dxSexConflict: Rule = {
  meta: {
    id: 'dx-sex-conflict',
    title: 'Diagnosis is specific to the other sex',
    severity: 'warning',
    carc: '10',
    description: 'A diagnosis specific to one sex (pregnancy, male or female genital organs) on a claim for the other.',
    source: 'ICD-10-CM chapter and block structure (pregnancy, male/female genital organs)',
  },
  check({ claim, codeSets, report }) {
    const sex = claim.patient.sex;
    if (sex !== 'F' && sex !== 'M') return;
    claim.diagnoses.forEach((dx, i) => {
      const title = codeSets.icd(dx, datesForDiagnosis(claim, i)[0])?.title;
      const dxSex = sexOfDiagnosis(dx, title);
      if (!dxSex || dxSex === sex) return;
      const word = (s: string) => (s === 'F' ? 'female' : 'male');
      report({
        field: `diagnoses[${i}]`,
        message: `${dx}${title ? ` (${title})` : ''} applies to ${word(dxSex)} patients but the claim lists the patient as ${word(sex)}`,
        fix: "check the patient's sex on the claim against the chart, or the diagnosis code",
      });
    });
  },
};
