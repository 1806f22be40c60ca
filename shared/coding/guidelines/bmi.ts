import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'bmi',
  section: 'I.B.14 (BMI only with an associated weight diagnosis); I.C.21.c.3 (Z68, adults)',
  decides: 'Reports the adult Z68 BMI code only when the provider documented a weight-related diagnosis.',
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

/** I.B.14: BMI is reported only with a weight-related diagnosis the provider documented. */
export const bmiWithWeightDiagnosis: GuidelineRule = (ctx) => {
  const weightDx = active(ctx).find((f) => /^E66|^E4[0-6]|^R63\.[46]/.test(f.code));
  if (!weightDx) return;
  if ((ctx.doc.patient.age ?? 30) < 20) return;
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
