import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'burn-extent',
  section: 'I.C.19.d.6 (T31: extent of body surface involved, by the rule of nines, beside the burns coded by site)',
  decides:
    'Adds the T31 code for the total body surface area the note states beside burns coded by site (T20-T25), with the share of third-degree burns when stated.',
};

/** The total body surface area burned as notes state it ("TBSA ~1%", "12% TBSA", "BSA 30%"). */
const total =
  /\b(?:TBSA|total body surface(?: area)?|BSA)\b[^\d\n%]{0,12}?(\d{1,3}(?:\.\d+)?)\s*%|\b(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of\s+)?(?:TBSA|total body surface(?: area)?|BSA|body surface)\b/i;
/** The share that is third degree ("8% full thickness", "third-degree 5%"). */
const third =
  /\b(\d{1,3}(?:\.\d+)?)\s*%\s*(?:TBSA\s+)?(?:full[- ]thickness|third[- ]degree|3rd[- ]deg(?:ree)?)\b|\b(?:full[- ]thickness|third[- ]degree|3rd[- ]deg(?:ree)?)\b[^\d\n%]{0,12}?(\d{1,3}(?:\.\d+)?)\s*%/i;

/** T31 by the tens of the total and of the third-degree share (T31.0 under 10%; T31.xy otherwise, y never above x). */
export function burnExtentCode(totalPercent: number, thirdPercent: number): string {
  const tens = Math.min(9, Math.floor(totalPercent / 10));
  if (tens === 0) return 'T31.0';
  return `T31.${tens}${Math.min(tens, Math.floor(thirdPercent / 10))}`;
}

/**
 * I.C.19.d.6: category T31 records the extent of body surface burned (the rule of nines) as an additional code beside
 * the burns coded by site, and the share that is third degree; it is read from the note's stated percentage.
 */
export const burnExtent: GuidelineRule = (ctx) => {
  const burns = active(ctx).filter((f) => /^T2[0-5]\./.test(f.code));
  if (burns.length === 0 || active(ctx).some((f) => f.code.startsWith('T31'))) return;
  const m = total.exec(ctx.doc.text);
  if (!m) return;
  const percent = Number(m[1] ?? m[2]);
  if (!(percent > 0 && percent <= 100)) return;
  const t = third.exec(ctx.doc.text);
  const code = burnExtentCode(percent, t ? Number(t[1] ?? t[2]) : 0);
  const last = burns.reduce((a, b) => (b.order > a.order ? b : a));
  addFinding(
    ctx,
    code,
    { start: m.index, end: m.index + m[0].length, order: last.order + 0.1, section: last.section },
    `ICD-10-CM I.C.19.d.6: extent of body surface burned (${percent}%), reported beside the burns coded by site`,
    7,
  );
};
