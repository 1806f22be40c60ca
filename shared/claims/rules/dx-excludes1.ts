import type { Rule } from '../rule.ts';
import { extras } from '../lib/code-set-extras.ts';
import { datesForDiagnosis } from '../lib/dates.ts';

export const dxExcludes1: Rule = {
  meta: {
    id: 'dx-excludes1',
    title: 'Two diagnoses exclude each other',
    severity: 'error',
    carc: '16',
    description: 'Two diagnoses in an Excludes1 relation (never coded together) on the same claim.',
    source: 'ICD-10-CM Tabular List Excludes1 notes; Official Guidelines I.A.12.a',
  },
  check({ claim, codeSets, report }) {
    const { excludes1Conflict } = extras(codeSets);
    if (!excludes1Conflict) return;
    const dx = claim.diagnoses;
    for (let j = 1; j < dx.length; j++) {
      const dos = datesForDiagnosis(claim, j)[0];
      for (let i = 0; i < j; i++) {
        if (!dx[i] || !dx[j] || dx[i] === dx[j]) continue;
        // The note may sit on either code (R50.9 excludes chills; R68.83 excludes fever).
        const ref = excludes1Conflict(dx[j]!, dx[i]!, dos) ?? excludes1Conflict(dx[i]!, dx[j]!, dos);
        if (!ref) continue;
        report({
          field: `diagnoses[${j}]`,
          message: `${dx[j]} and ${dx[i]} are in an Excludes1 relation and are not coded together (note: "${ref.text}")`,
          fix: `keep the one the documentation supports and remove the other (${dx[j]} or ${dx[i]})`,
          source: `ICD-10-CM Tabular List Excludes1: ${ref.text}`,
        });
        break;
      }
    }
  },
};
