import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'counseling',
  section: 'I.C.21.c.10 (counseling Z codes: not when the counseling is integral to the treatment of a coded condition)',
  decides: 'Drops a Z71 counseling code beside diagnoses of the visit; keeps it when counseling is all the visit codes.',
};

/**
 * ICD-10-CM I.C.21.c.10: "Counseling Z codes are not necessary when counseling is provided in
 * conjunction with a diagnosis code when the counseling component of care is considered integral
 * to standard treatment." Counseling on diet or exercise during a physical, a problem visit or a
 * follow-up is part of that care; a visit that is counseling alone keeps its Z71 code.
 */
export const counseling: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const others = list.filter((f) => !f.code.startsWith('Z71'));
  if (others.length === 0) return;
  for (const f of list.filter((x) => x.code.startsWith('Z71')))
    drop(f, 'other', `ICD-10-CM I.C.21.c.10: counseling given with the care of ${others[0]!.code} is part of that care`);
};
