import { active, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'intractable',
  section: 'I.A.15 and the tabular notes at G40 and G43 (terms equivalent to intractable)',
  decides: 'Moves an epilepsy or migraine the statement calls by an equivalent of "intractable" to its intractable sibling code.',
};

/**
 * Tabular notes at G40 (epilepsy) and G43 (migraine): "the following terms are to be considered
 * equivalent to intractable: pharmacoresistant (pharmacologically resistant), treatment resistant,
 * refractory (medically) and poorly controlled" (with "intractable" itself).
 */
const equivalent = /\b(?:intractable|pharmaco(?:logically )?resistant|treatment[- ]resistant|refractory|poorly controlled)\b/i;
const categories = /^G4[03]\./;

/**
 * ICD-10-CM I.A.15 / tabular instructional notes: a statement that calls the epilepsy or
 * migraine by an equivalent of "intractable" is coded to the intractable sibling, not to the
 * "not intractable" code the title match chose.
 */
export const intractable: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    if (!categories.test(f.code) || !/\bnot intractable\b/i.test(f.title)) continue;
    const stmt = f.stmt ? text.slice(f.stmt.start, f.stmt.end) : text.slice(f.start, f.end);
    const said = equivalent.exec(stmt);
    if (!said || /\bnot\s+(?:intractable|refractory|poorly controlled)\b/i.test(stmt)) continue;
    const sibling = siblingTitled(ctx, f.code, f.title.replace(/\bnot intractable\b/i, 'intractable'));
    if (!sibling) continue;
    f.why.push(`ICD-10-CM tabular note at ${f.code.slice(0, 3)}: "${said[0]}" is equivalent to intractable, ${sibling.code} instead of ${f.code}`);
    f.code = sibling.code;
    f.title = sibling.title;
  }
};

/** The code differing from `code` in one character after the dot whose title is `title`. */
function siblingTitled(ctx: Parameters<GuidelineRule>[0], code: string, title: string) {
  for (let i = 4; i < code.length; i++) {
    for (const d of '0123456789') {
      const c = code.slice(0, i) + d + code.slice(i + 1);
      const hit = c !== code ? ctx.codeSets.icd(c, ctx.doc.dateOfService) : null;
      if (hit?.billable && hit.title.toLowerCase() === title.toLowerCase()) return hit;
    }
  }
  return null;
}
