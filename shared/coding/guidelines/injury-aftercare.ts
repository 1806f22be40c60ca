import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'injury-aftercare',
  section: 'I.C.21.c.7 (the aftercare Z codes are not used for aftercare for injuries) and I.C.19.a (7th character D)',
  decides:
    'Drops an orthopedic or postprocedural aftercare code (Z47, Z48) beside a reported injury: its aftercare is the injury code with the subsequent-encounter 7th character.',
};

/** Injuries, burns and foreign bodies of chapter 19 (S00-T34), whose codes carry the encounter as their 7th character. */
const injury = /^(?:S\d|T(?:[0-2]\d|3[0-4]))/;
/** Orthopedic aftercare (Z47) and other postprocedural aftercare (Z48: dressings, sutures, drains, surgical aftercare). */
const aftercare = /^Z4[78]/;

/**
 * ICD-10-CM I.C.21.c.7: "The aftercare Z codes should also not be used for aftercare for injuries. For aftercare of an
 * injury, assign the acute injury code with the appropriate 7th character (for subsequent encounter)." A suture
 * removal after a laceration repair is the laceration's code with D (complete-code.ts reads the removal as
 * subsequent care), not Z48.02.
 */
export const injuryAftercare: GuidelineRule = (ctx) => {
  const hurt = active(ctx).find((f) => injury.test(f.code));
  if (!hurt) return;
  for (const f of active(ctx).filter((x) => aftercare.test(x.code)))
    drop(f, 'other', `ICD-10-CM I.C.21.c.7: aftercare for an injury is the injury's code (${hurt.code}) with its 7th character, not an aftercare Z code`);
};
