import { active, drop, type GuidelineRule } from './rule.ts';

/**
 * I.B.4-5: a sign or symptom (chapter 18, R codes) found in the same statement as a definitive
 * diagnosis is integral to it and not coded separately; a symptom standing alone is kept.
 */
export const integralSymptoms: GuidelineRule = (ctx) => {
  const list = active(ctx);
  for (const f of list) {
    if (!f.code.startsWith('R') || f.source === 'rule') continue;
    // N40.1 (BPH with LUTS) carries "use additional code for associated symptoms": those are kept.
    const sameStatement = list.some((o) => o !== f && !o.code.startsWith('R') && !o.code.startsWith('Z') && o.code !== 'N40.1' && o.order === f.order && o.section === 'assessment');
    if (sameStatement) drop(f, 'integral-symptom', 'ICD-10-CM I.B.5: symptom integral to the diagnosis in the same statement');
  }
};
