import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'liveborn',
  section: 'I.C.16.a.2 and I.C.21.c.15 (Z38 liveborn only on the birth record)',
  decides: "Drops a Z38 liveborn code on any visit that is not the newborn's birth record.",
};

/**
 * ICD-10-CM I.C.16.a.2 and I.C.21.c.15: a Z38 liveborn code is assigned once, on the newborn's
 * record at birth. An office, urgent-care, ED, telehealth, consult or procedure visit is never the
 * birth record ("2 wk WCC" reaching "Newborn Z38.2" through the Index), so Z38 is dropped there.
 */
export const liveborn: GuidelineRule = (ctx) => {
  if (ctx.doc.setting === 'inpatient-progress') return;
  for (const f of active(ctx)) {
    if (f.code.startsWith('Z38')) drop(f, 'other', 'ICD-10-CM I.C.16.a.2: Z38 is reported only on the birth record, not at a later visit');
  }
};
