import { assess } from '../context/assess.ts';
import { sectionAt } from '../note/sections.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'severe-sepsis',
  section: 'I.C.1.d.1.b (severe sepsis: the systemic infection, then R65.2-), I.C.1.d.2 (septic shock R65.21)',
  decides: 'Adds R65.20 (severe sepsis) or R65.21 (with septic shock) after a coded systemic infection when the assessment says so.',
};

/** Severe sepsis or septic shock as the provider words it. */
const said = /\bsevere sepsis\b|\bseptic shock\b/gi;

/**
 * ICD-10-CM I.C.1.d.1.b: severe sepsis is the underlying systemic infection first, then R65.20, or
 * R65.21 with septic shock (I.C.1.d.2; Tabular R65.2 "code first underlying infection"). Read in the
 * assessment, not denied ("No septic shock"), beside a coded sepsis.
 */
export const severeSepsis: GuidelineRule = (ctx) => {
  const sepsis = active(ctx).find((f) => /\bsepsis\b/i.test(f.title) && !f.code.startsWith('R65'));
  if (!sepsis) return;
  let code: 'R65.20' | 'R65.21' | null = null;
  let at: RegExpMatchArray | null = null;
  for (const m of ctx.doc.text.matchAll(said)) {
    const sec = sectionAt(ctx.sections, m.index);
    if (sec?.kind !== 'assessment' && sec?.kind !== 'mdm') continue;
    const lineStart = ctx.doc.text.lastIndexOf('\n', m.index) + 1;
    if (assess(ctx.doc.text, lineStart, m.index, m.index + m[0].length, sec.kind, ctx.doc.setting).status !== 'affirmed') continue;
    const shock = /shock/i.test(m[0]);
    if (shock || !code) {
      code = shock ? 'R65.21' : 'R65.20';
      at = m;
    }
  }
  if (!code || !at) return;
  addFinding(
    ctx,
    code,
    { start: at.index!, end: at.index! + at[0].length, order: sepsis.order + 0.2, section: sepsis.section },
    `ICD-10-CM I.C.1.d.1.b: ${code === 'R65.21' ? 'severe sepsis with septic shock' : 'severe sepsis'}, after the systemic infection ${sepsis.code}`,
  );
};
