import { expandTokens } from '../lexicon/expand.ts';
import { tokenize } from '../text/tokens.ts';
import { active, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'with-symptom-sibling',
  section: 'I.A.13 ("use additional code" notes) and I.B (code to the highest specificity documented)',
  decides:
    'Moves a code to its "with ..." sibling when the statement documents a condition the sibling\'s "use additional code" note lists as its associated symptom ("BPH w/ nocturia": N40.1, not N40.0).',
};

/** The condition a note names: the phrase right before its code ("…, when specified: nocturia (R35.1)") and its words. */
export function notePhrase(text: string): { phrase: string; words: string[] } {
  const phrase = (
    text
      .replace(/\s*\([^)]*\)[.\s]*$/, '')
      .split(/[:;,]/)
      .at(-1) ?? ''
  ).trim();
  const words = tokenize(phrase)
    .filter((t) => !t.neg && !t.paren)
    .map((t) => t.stem);
  return { phrase, words };
}

/**
 * ICD-10-CM I.A.13 and I.B: a category may split by whether associated symptoms are present
 * (N40.0 "... without lower urinary tract symptoms", N40.1 "... with lower urinary tract symptoms"),
 * the "with" code's tabular listing those symptoms under "use additional code for associated
 * symptoms". A statement documenting one of them ("BPH w/ nocturia") is the "with" code, and the
 * symptom follows it (use-additional.ts).
 */
export const withSymptomSibling: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || !f.stmt || /\bwith\b/i.test(f.title)) continue;
    const said = new Set(
      expandTokens(ctx.doc.text, f.stmt.start, f.stmt.end)
        .filter((t) => !t.neg)
        .map((t) => t.stem),
    );
    // Only what the sibling's note lists and this code's does not tells the two apart (R65.20 and
    // R65.21 list the same organ dysfunctions).
    const own = new Set(ctx.codeSets.icdNotes(f.code, dos).useAdditional.map((r) => r.code));
    const parent = f.code.replace('.', '').slice(0, -1);
    for (const [code, billable, title] of ctx.codeSets.icdEntriesUnder(parent, dos)) {
      if (billable !== 1 || code.length !== f.code.replace('.', '').length || !/\bwith\b/i.test(title)) continue;
      const refs = ctx.codeSets.icdNotes(code, dos).useAdditional.filter((r) => !r.range && !r.subdivisions && !own.has(r.code));
      const hit = refs.find((r) => {
        const { words } = notePhrase(r.text);
        return words.length > 0 && words.every((w) => said.has(w));
      });
      if (!hit) continue;
      const sibling = ctx.codeSets.icd(code, dos);
      if (!sibling) continue;
      f.why.push(`ICD-10-CM I.A.13: ${sibling.code} lists ${hit.text} as an associated symptom, and the statement documents it`);
      f.code = sibling.code;
      f.title = sibling.title;
      break;
    }
  }
};
