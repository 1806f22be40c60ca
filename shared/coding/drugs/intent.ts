import type { Column } from './drug-table.ts';

/**
 * The Table of Drugs poisoning column a statement documents (ICD-10-CM I.C.19.e.5.b): intentional
 * self-harm, assault, or undetermined when the record says the intent cannot be determined; when
 * the intent is unknown or unspecified, accidental. A denied intent ("not intentional", "denies
 * suicidal intent") documents none.
 */
const cues: [RegExp, Column, string][] = [
  [/\b(?:accidental(?:ly)?|unintentional(?:ly)?|inadvertent(?:ly)?|by mistake|in error)\b/i, 'accidental', 'documented as accidental'],
  [/\b(?:assault\w*|homicid\w*|poisoned by (?:another|someone))\b/i, 'assault', 'documented as assault'],
  [
    /\b(?:undetermined intent|intent (?:is |was )?(?:undetermined|(?:cannot|could not|can't) be (?:determined|established)))\b/i,
    'undetermined',
    'the record states the intent cannot be determined',
  ],
  [/\b(?:intentional(?:ly)?|self[- ]?(?:harm|inflicted|poisoning)|suicid\w*|deliberate(?:ly)?)\b/i, 'self-harm', 'documented as intentional self-harm'],
];

const denied = /\b(?:not|no|denies|denied|without)\s+(?:\w+\s+){0,2}$/i;

export interface Intent {
  column: Column;
  why: string;
  /** Where the cue stands in the statement (none for the default). */
  at?: [number, number];
}

export function poisoningIntent(statement: string): Intent {
  for (const [re, column, why] of cues) {
    for (const m of statement.matchAll(new RegExp(re.source, 'gi'))) {
      if (denied.test(statement.slice(Math.max(0, m.index - 30), m.index))) continue;
      return { column, why, at: [m.index, m.index + m[0].length] };
    }
  }
  return { column: 'accidental', why: 'intent unknown or unspecified: coded as accidental' };
}
