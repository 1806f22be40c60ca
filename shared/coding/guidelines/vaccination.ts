import { listEnd } from '../em/note-input.ts';
import { givenVaccines } from '../procedures/vaccines.ts';
import type { SectionKind } from '../note/sections.ts';
import { addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'vaccination',
  section: 'I.C.21.c.2 (Z23 encounter for immunization); Index "Vaccination (prophylactic)" Z23',
  decides: 'Adds Z23 when the note documents a vaccine given at this encounter (the products procedures/vaccines.ts reads as given).',
};

/** Sections that tell the past, the patient's own list or the family: a vaccine named there was not given today. */
const notToday = new Set<SectionKind>(['meds', 'pmh', 'psh', 'fhx', 'shx', 'allergies', 'ros', 'hpi', 'cc', 'history']);

/**
 * ICD-10-CM I.C.21.c.2: "Code Z23 for encounters for inoculations and vaccinations", whatever the
 * visit's other reasons; the vaccine's own product and administration codes are found by
 * procedures/vaccines.ts, and only a vaccine given now (a route, dose, site or "given" after its
 * name; not one recommended, declined or planned) is an immunization of this encounter. An ED
 * physician's claim reports Z23 for the tetanus vaccine given with a wound (the product and its
 * administration are the facility's, so procedures/ leaves them out); inpatient notes are left out.
 */
export const vaccination: GuidelineRule = (ctx) => {
  const { doc } = ctx;
  if (doc.setting === 'inpatient-progress') return;
  const past = ctx.sections.filter((s) => notToday.has(s.kind)).map((s) => [s.start, listEnd(doc.text, s)] as const);
  const readable = (at: number) => !past.some(([a, b]) => at >= a && at < b);
  const given = givenVaccines(doc, readable);
  const first = given[0];
  if (!first) return;
  addFinding(
    ctx,
    'Z23',
    { start: first.start, end: first.end, order: 2000 + first.start, section: 'plan' },
    `ICD-10-CM I.C.21.c.2: ${given.map((g) => g.product.label).join(', ')} given at this encounter (Index: Vaccination Z23)`,
    6,
  );
};
