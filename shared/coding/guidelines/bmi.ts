import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'bmi',
  section: 'I.B.14 (BMI only with an associated weight diagnosis); I.C.21.c.3 (Z68: adults 20 and over, pediatric 2-19 by percentile; none during pregnancy)',
  decides: 'Reports the Z68 BMI code (adult by value, pediatric by percentile for age) only when the provider documented a weight-related diagnosis.',
};

/** Adult BMI value -> Z68 code (I.C.21.c.3; adults 20 and over). */
export function bmiCode(bmi: number): string {
  if (bmi < 20) return 'Z68.1';
  if (bmi < 40) return `Z68.${Math.floor(bmi)}`;
  if (bmi < 45) return 'Z68.41';
  if (bmi < 50) return 'Z68.42';
  if (bmi < 60) return 'Z68.43';
  if (bmi < 70) return 'Z68.44';
  return 'Z68.45';
}

/**
 * Pediatric BMI (ages 2-19) -> Z68.5x by the percentile for age the note states, or by the
 * percentage of the 95th percentile (the Z68.54-Z68.56 titles): "<3rd %ile", "97th %ile; 110% of 95th".
 */
export function pediatricBmiCode(percentile: number | null, ofThe95th: number | null): string | null {
  if (ofThe95th !== null && ofThe95th >= 100) return ofThe95th < 120 ? 'Z68.54' : ofThe95th < 140 ? 'Z68.55' : 'Z68.56';
  if (percentile === null) return null;
  return percentile < 5 ? 'Z68.51' : percentile < 85 ? 'Z68.52' : percentile < 95 ? 'Z68.53' : 'Z68.54';
}

/** "BMI 19.8 (97th %ile; ... 110% of 95th)", "BMI 13.2 kg/m2 (<3rd %ile)": what follows BMI on its line. */
const pediatricBmi =
  /\bBMI\b[^\n]{0,60}?(?:([<>]|≥|>=)?\s*(\d{1,2})(?:st|nd|rd|th)\s*(?:%ile|percentile))(?:[^\n]{0,60}?\b(\d{3})\s*%\s*of\s*(?:the\s*)?95th)?/i;

/** "BMI 24.4 kg/m2 = 127% of the 95th percentile for age": the percentage alone, no percentile before it. */
const ofThe95thOnly = /\bBMI\b[^\n%]{0,40}?\b(\d{3})\s*%\s*of\s*(?:the\s*)?95th\b/i;

/** I.B.14: BMI is reported only with a weight-related diagnosis the provider documented. */
export const bmiWithWeightDiagnosis: GuidelineRule = (ctx) => {
  // I.C.21.c.3 (Z68): "Do not assign BMI codes during pregnancy" - a pregnancy coded in chapter 15.
  if (active(ctx).some((f) => /^O/.test(f.code))) {
    for (const f of active(ctx)) if (f.code.startsWith('Z68')) drop(f, 'other', 'ICD-10-CM I.C.21.c.3: BMI codes are not assigned during pregnancy');
    return;
  }
  // Obesity, malnutrition, abnormal weight loss or gain, and a child's failure to gain (R62.5-).
  const weightDx = active(ctx).find((f) => /^E66|^E4[0-6]|^R63\.[46]|^R62\.5/.test(f.code));
  if (!weightDx) return;
  const age = ctx.doc.patient.age ?? 30;
  if (age < 2) return;
  if (age < 20) {
    // The share of the 95th percentile said alone ("BMI 24.4 = 127% of the 95th percentile") is no percentile of 95.
    const share = ofThe95thOnly.exec(ctx.doc.text);
    const p = share ?? pediatricBmi.exec(ctx.doc.text);
    if (!p) return;
    const code = share ? pediatricBmiCode(null, Number(share[1])) : pediatricBmiCode(Number(p[2]) - (p[1] === '<' ? 1 : 0), p[3] ? Number(p[3]) : null);
    if (!code) return;
    addFinding(
      ctx,
      code,
      { start: p.index, end: p.index + p[0].length, order: weightDx.order + 0.1, section: weightDx.section },
      `ICD-10-CM I.B.14 and I.C.21.c.3: pediatric BMI percentile reported with the weight diagnosis ${weightDx.code}`,
      7,
    );
    return;
  }
  const m = /\bBMI\s*(?:of|:|=)?\s*(\d{2}(?:\.\d)?)\b/i.exec(ctx.doc.text);
  if (!m) return;
  const code = bmiCode(Number(m[1]));
  addFinding(
    ctx,
    code,
    { start: m.index, end: m.index + m[0].length, order: weightDx.order + 0.1, section: weightDx.section },
    `ICD-10-CM I.B.14: BMI ${m[1]} reported with the weight diagnosis ${weightDx.code}`,
    7,
  );
};
