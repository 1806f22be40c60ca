import type { Suggestion } from '../../contracts/suggestion.ts';
import type { Query } from '../finding.ts';

const axes: [RegExp, string, string][] = [
  [
    /unspecified (?:side|ear|eye|knee|hip|shoulder|elbow|wrist|hand|foot|ankle|arm|leg|lower leg|upper limb|lower limb|breast|kidney|lung)/i,
    'laterality',
    'side not documented',
  ],
  [/unspecified trimester/i, 'trimester', 'trimester not documented'],
  [/heart failure, unspecified|unspecified (?:diastolic|systolic|combined)/i, 'heart-failure-type', 'type and acuity of heart failure not documented'],
  [/chronic kidney disease, unspecified/i, 'ckd-stage', 'CKD stage not documented'],
  [/unspecified stage/i, 'stage', 'stage not documented'],
  [/, unspecified$/i, 'specificity', 'a more specific diagnosis may be documentable'],
];

/** A recommended unspecified code raises a documentation query naming what is missing. */
export function specificityQueries(list: Suggestion[]): Query[] {
  const out: Query[] = [];
  for (const s of list) {
    if (!s.recommended) continue;
    const axis = axes.find(([re]) => re.test(s.title));
    if (!axis) continue;
    if (axis[1] === 'specificity' && !/^[A-Q]/.test(s.code)) continue;
    const ev = s.evidence[0];
    out.push({ topic: axis[1], message: `${s.title} (${s.code}): ${axis[2]}`, start: ev?.start ?? 0, end: ev?.end ?? 0 });
  }
  return out;
}
