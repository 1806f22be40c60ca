import { longTermClasses } from '../drugs/long-term-classes.ts';
import { sectionAt } from '../note/sections.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'contraceptive-use',
  section: 'I.C.21.c.3 (Z79.3 long-term use of hormonal contraceptives), IV.J (code conditions that affect care), I.C.21.c.11 (Z30 contraceptive management)',
  decides: 'Keeps Z79.3 only when the visit speaks of the contraceptive beyond the medication list (history, assessment or plan).',
};

/** The contraceptive's names (drugs/long-term-classes.ts, ATC G03A) and contraception itself. */
const contraceptive = new RegExp(`${longTermClasses.find((c) => c.words === 'hormonal contraceptives')?.said.source ?? '(?!)'}|\\bcontracept\\w*`, 'gi');

/**
 * ICD-10-CM I.C.21.c.3 with IV.J: a hormonal contraceptive is a family-planning choice (chapter 21's
 * Z30 contraceptive management) rather than the treatment of a condition; it is reported as
 * long-term use when the visit takes it into account ("combined OCP acceptable given migraine
 * without aura", "on OCP x 8 yrs for contraception"), not when it is only an item of the
 * medication list.
 */
export const contraceptiveUse: GuidelineRule = (ctx) => {
  const z = active(ctx).filter((f) => f.code === 'Z79.3');
  if (z.length === 0) return;
  const { text } = ctx.doc;
  const addressed = [...text.matchAll(contraceptive)].some((m) => {
    const kind = sectionAt(ctx.sections, m.index)?.kind ?? 'preamble';
    return kind !== 'meds' && kind !== 'fhx' && kind !== 'allergies';
  });
  if (addressed) return;
  for (const f of z) drop(f, 'other', 'ICD-10-CM IV.J: the contraceptive is only listed among the medications; the visit does not address it');
};
