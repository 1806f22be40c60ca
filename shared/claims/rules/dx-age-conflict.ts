import type { Rule } from '../rule.ts';
import { extras, type MceInfo } from '../lib/code-set-extras.ts';
import { ageOn, datesForDiagnosis, isIsoDate } from '../lib/dates.ts';

// CONTRACTS §3.4 ranges, used when the code-set index does not carry its own.
const ranges: Record<NonNullable<MceInfo['age']>, { min: number; max: number }> = {
  newborn: { min: 0, max: 0 },
  pediatric: { min: 0, max: 17 },
  maternity: { min: 9, max: 64 },
  adult: { min: 15, max: 124 },
};

export const dxAgeConflict: Rule = {
  meta: {
    id: 'dx-age-conflict',
    title: "Diagnosis does not fit the patient's age",
    severity: 'error',
    carc: '9',
    description: 'A diagnosis outside its Medicare Code Editor age range (newborn 0, pediatric 0-17, maternity 9-64, adult 15-124).',
    source: 'Medicare Code Editor age edits',
  },
  check({ claim, codeSets, report }) {
    const dob = claim.patient.dob;
    if (!isIsoDate(dob)) return;
    const { mce, mceAgeRange } = extras(codeSets);
    if (!mce) return;
    claim.diagnoses.forEach((dx, i) => {
      const cat = mce(dx)?.age;
      if (!cat) return;
      const range = mceAgeRange?.(cat) ?? ranges[cat];
      for (const dos of datesForDiagnosis(claim, i)) {
        const age = ageOn(dob, dos);
        if (age >= range.min && age <= range.max) continue;
        report({
          field: `diagnoses[${i}]`,
          message: `${dx} is a ${cat} diagnosis (ages ${range.min}-${range.max}) but the patient is ${age} on ${dos} (date of birth ${dob})`,
          fix: `check the date of birth, or replace ${dx} with a diagnosis for a patient of ${age}`,
          source: `Medicare Code Editor ${cat} age list`,
        });
        return;
      }
    });
  },
};
