import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'nihss',
  section: 'I.C.18.i (NIH stroke scale: R29.7- with an acute stroke code, sequenced after it; at a minimum the initial score)',
  decides: 'Adds the NIHSS code (R29.700-R29.742) of the first score documented at this facility when an acute stroke (I60-I63) is coded.',
};

/** A documented score ("NIHSS 8", "NIHSS score of 14", "NIHSS: 3"). */
const score = /\bNIHSS(?:\s+score)?(?:\s+(?:of|was|is|=))?[\s:=]*(\d{1,2})\b/gi;
/** A score taken at the transferring facility: not this record's initial one (I.C.18.i: the initial score documented). */
const elsewhere = /\b(?:OSH|outside (?:hospital|facility|ED)|referring|transferring|at (?:the )?other)\b/i;

/**
 * I.C.18.i: "The NIH stroke scale (NIHSS) codes (R29.7- -) can be used in conjunction with acute stroke
 * codes (I60-I63) ... sequenced after the acute stroke diagnosis code(s). At a minimum, report the initial
 * score documented." The score's code is R29.7 and its two digits (8: R29.708, 14: R29.714).
 */
export const nihss: GuidelineRule = (ctx) => {
  const stroke = active(ctx).filter((f) => /^I6[0-3]\./.test(f.code));
  if (stroke.length === 0) return;
  const { text } = ctx.doc;
  for (const m of text.matchAll(score)) {
    const n = Number(m[1]);
    if (n > 42) continue;
    const sentence = text.slice(Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('.', m.index - 1), text.lastIndexOf(';', m.index)) + 1, m.index);
    if (elsewhere.test(sentence)) continue;
    const order = Math.max(...stroke.map((f) => f.order)) + 0.5;
    addFinding(
      ctx,
      `R29.7${String(n).padStart(2, '0')}`,
      { start: m.index, end: m.index + m[0].length, order, section: 'assessment' },
      `ICD-10-CM I.C.18.i: NIH stroke scale score ${n}, the initial score documented, after the acute stroke code`,
    );
    return;
  }
};
