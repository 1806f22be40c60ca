import type { CodeSets } from '../../codes/code-sets.ts';

export interface Completed { code: string; title: string; why?: string }

/** 7th characters by what the statement says about the encounter (I.C.19.a). */
const encounterChars: [RegExp, string, string][] = [
  [/\bsequela|\blate effect/i, 'S', 'sequela'],
  [/\bsubsequent\b|\bfollow[- ]?up\b|\broutine healing\b|\bhealing\b/i, 'D', 'subsequent encounter'],
];

/**
 * A billable code for a matched code (undotted). An Alphabetic Index path may stop at a code
 * that takes a 7th character: the extension's placeholder X fills the empty positions (I.A.4-5)
 * and the encounter character is A (active treatment) unless the statement says subsequent or
 * sequela (I.C.19.a). Any other header is left out: the note lacks the detail, and guessing a
 * subdivision would invent it.
 */
export function completeCode(codeSets: CodeSets, code: string, dos: string | undefined, statement: string): Completed | null {
  const hit = codeSets.icd(code, dos);
  if (!hit) return null;
  if (hit.billable) return { code: hit.code, title: hit.title };
  const seven = typeof codeSets.icdNotes === 'function' ? codeSets.icdNotes(code, dos).sevenChr : [];
  if (seven.length === 0 || code.length > 6) return null;
  const [char, label] = encounterChars.find(([re]) => re.test(statement))?.slice(1) ?? ['A', 'initial encounter'];
  if (!seven.some((s) => s.char === char)) return null;
  const full = codeSets.icd(code.padEnd(6, 'X') + char, dos);
  if (!full?.billable) return null;
  return { code: full.code, title: full.title, why: `ICD-10-CM I.C.19.a: 7th character ${char}, ${label}; placeholder X where positions are empty (I.A.5)` };
}
