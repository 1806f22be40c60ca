import type { Rule } from '../rule.ts';
import { extras } from '../lib/code-set-extras.ts';
import { datesForDiagnosis } from '../lib/dates.ts';
import { satisfiesQualifier } from '../lib/excludes-qualifier.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { CodeRefLike } from '../lib/code-set-extras.ts';

// A note lookup costs ~90 µs while the same chronic-condition pairs recur claim after claim:
// remember answers per code set and year (bounded: cleared when full).
const memo = new WeakMap<CodeSets, Map<string, CodeRefLike | null>>();
const memoLimit = 50_000;

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
    let cache = memo.get(codeSets);
    if (!cache) memo.set(codeSets, (cache = new Map()));
    for (let j = 1; j < dx.length; j++) {
      const dos = datesForDiagnosis(claim, j)[0];
      for (let i = 0; i < j; i++) {
        if (!dx[i] || !dx[j] || dx[i] === dx[j]) continue;
        // Symmetric: the index checks the note on either code (R68.83 excludes R50.9 and back).
        const key = `${codeSets.icdYearFor(dos)}|${dx[j]}|${dx[i]}`;
        let ref = cache.get(key);
        if (ref === undefined) {
          if (cache.size >= memoLimit) cache.clear();
          ref = excludes1Conflict(dx[j]!, dx[i]!, dos);
          if (ref && !satisfiesQualifier(ref.text, dx[j]!, dx[i]!)) ref = null;
          cache.set(key, ref);
        }
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
