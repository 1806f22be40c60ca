import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'gestation',
  section: 'I.C.15.b (use additional code from category Z3A) and I.C.21.c.11',
  decides: 'Adds the Z3A weeks-of-gestation code to a pregnancy (O00-O9A or Z34) from the first weeks of gestation the note states.',
};

/** Weeks of gestation -> Z3A code (fewer than 8 weeks and more than 42 have their own codes). */
export function gestationCode(weeks: number): string | null {
  if (!Number.isFinite(weeks) || weeks <= 0 || weeks > 50) return null;
  if (weeks < 8) return 'Z3A.01';
  if (weeks > 42) return 'Z3A.49';
  return `Z3A.${String(weeks).padStart(2, '0')}`;
}

/**
 * "24w2d", "24 weeks", "24 wks", "GA 24+2", "at 10 weeks gestation"; not a duration, an interval or a window
 * ("cough x 2 wks", "RTC in 4 wk", "Tdap at 27-36 wk").
 */
export const weeksRe =
  /(?<!(?:\bx|\bfor|\bin|\bq|\bevery|\bwithin|\bover|\bnext|\blast|\bpast|\bRTC|\bf\/u|\d\s*[-–]|\bto)\s*)\b(\d{1,2})\s*(?:w\s*\d\s*d\b|w(?:ee)?ks?\b|\+\d\b)/i;

/**
 * ICD-10-CM I.C.15.b (chapter 15 "use additional code from category Z3A") and I.C.21.c.11:
 * a pregnancy (O00-O9A or the supervision of a normal pregnancy, Z34) takes the weeks of
 * gestation when the note gives them; the first mention is the dated one.
 */
export const gestationWeeks: GuidelineRule = (ctx) => {
  const preg = active(ctx)
    .filter((f) => /^O|^Z34\./.test(f.code))
    .sort((a, b) => a.order - b.order)[0];
  if (!preg) return;
  const m = weeksRe.exec(ctx.doc.text);
  if (!m) return;
  const code = gestationCode(Number(m[1]));
  if (!code) return;
  addFinding(
    ctx,
    code,
    { start: m.index, end: m.index + m[0].length, order: preg.order + 0.2, section: preg.section },
    `ICD-10-CM I.C.15.b: weeks of gestation (Z3A) with the pregnancy code ${preg.code}`,
    7,
  );
};
