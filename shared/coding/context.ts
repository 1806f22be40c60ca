import type { Setting, Suppressed } from '../contracts/suggestion.ts';

export interface FindingContext {
  reason: Suppressed['reason'];
  why: string;
}

const cues: [RegExp, Suppressed['reason'], string][] = [
  [/\b(?:no|denies|negative for|without|ruled out)\b[^.;:]*$/i, 'negated', 'negated in the same clause'],
  [/\b(?:mother|father|sister|brother|family history|fhx)\b[^.;]*$/i, 'family-history', 'a relative\'s condition'],
  [/\b(?:rule out|r\/o|probable|suspected|possible|likely)\b[^.;]*$/i, 'uncertain', 'uncertain diagnosis (ICD-10-CM IV.H: not coded outpatient)'],
];

/** Looks back to the start of the clause for a cue that says the finding must not be coded. */
export function findingContext(text: string, start: number, _end: number, setting: Setting): FindingContext | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start).split(/\bbut\b/i).pop() ?? '';
  for (const [re, reason, why] of cues) {
    if (reason === 'uncertain' && setting === 'inpatient-progress') continue;
    if (re.test(before)) return { reason, why };
  }
  return null;
}
