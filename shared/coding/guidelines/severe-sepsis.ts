import { assess } from '../context/assess.ts';
import { sectionAt } from '../note/sections.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { organismWords } from '../matcher/cause-clauses.ts';
import { codeStatement } from '../matcher/statement.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'severe-sepsis',
  section: 'I.C.1.d.1.b (severe sepsis: the systemic infection, then R65.2-), I.C.1.d.2 (septic shock R65.21)',
  decides:
    'Adds R65.20 (severe sepsis) or R65.21 (with septic shock) after a coded systemic infection when the assessment says so, and A41.9 before a severe sepsis or septic shock whose infection is not coded.',
};

/** Severe sepsis or septic shock as the provider words it. */
const said = /\bsevere sepsis\b|\bseptic shock\b/gi;

/**
 * ICD-10-CM I.C.1.d.1.b: severe sepsis is the underlying systemic infection first, then R65.20, or
 * R65.21 with septic shock (I.C.1.d.2; Tabular R65.2 "code first underlying infection"). Read in the
 * assessment, not denied ("No septic shock"), beside a coded sepsis; with none coded, its R65.2- gets A41.9 before it.
 */
export const severeSepsis: GuidelineRule = (ctx) => {
  const sepsis = active(ctx).find((f) => /\bsepsis\b/i.test(f.title) && !f.code.startsWith('R65'));
  let code: 'R65.20' | 'R65.21' | null = null;
  let at: RegExpMatchArray | null = null;
  for (const m of ctx.doc.text.matchAll(said)) {
    const sec = sectionAt(ctx.sections, m.index);
    if (sec?.kind !== 'assessment' && sec?.kind !== 'mdm') continue;
    const lineStart = ctx.doc.text.lastIndexOf('\n', m.index) + 1;
    if (assess(ctx.doc.text, lineStart, m.index, m.index + m[0].length, sec.kind, ctx.doc.setting).status !== 'affirmed') continue;
    // The first mention of the stronger form is the diagnosis; later ones ("AKI secondary to septic shock") refer back to it.
    const shock = /shock/i.test(m[0]);
    if ((shock && code !== 'R65.21') || !code) {
      code = shock ? 'R65.21' : 'R65.20';
      at = m;
    }
  }
  if (!code || !at) return;
  const span = { start: at.index!, end: at.index! + at[0].length };
  if (!sepsis) {
    // Severe sepsis or septic shock (I.C.1.d.2: a type of severe sepsis) with no systemic infection
    // coded: "if the causal organism is not documented, assign A41.9" (I.C.1.d.1.a), first, before the
    // localized infection and the R65.2- its statement gave (Tabular R65.2 "code first underlying infection").
    // An organism the statement names is the sepsis's: the Index's "Sepsis" subterm by organism ("Sepsis,
    // streptococcal, pneumoniae A40.3"), read from the statement with "sepsis" implied by the septic shock.
    const r65 = active(ctx).find((f) => f.code.startsWith('R65.2'));
    if (!r65) return;
    const order = { ...span, order: Math.floor(r65.order) - 0.5, section: r65.section };
    const byOrganism = organismSepsis(ctx, at.index!);
    if (byOrganism) {
      addFinding(ctx, byOrganism, order, `ICD-10-CM I.C.1.d.1.a: ${r65.code} names a systemic infection by the organism the statement names`);
      // Its line's bacteremia is that sepsis (Index: Bacteremia, with sepsis - see Sepsis; Tabular R78.81 Excludes1: sepsis).
      const line = lineSpan(ctx.doc.text, at.index!);
      for (const f of active(ctx))
        if (f.code === 'R78.81' && f.start >= line.start && f.start < line.end)
          drop(f, 'excludes1', `Tabular R78.81 Excludes1 "sepsis - code to specified infection": ${byOrganism}`);
    } else if (!organismNamed(ctx, at.index!))
      addFinding(ctx, 'A41.9', order, `ICD-10-CM I.C.1.d.1.a: ${r65.code} names a systemic infection; organism not documented`);
    return;
  }
  addFinding(
    ctx,
    code,
    { ...span, order: sepsis.order + 0.2, section: sepsis.section },
    `ICD-10-CM I.C.1.d.1.b: ${code === 'R65.21' ? 'severe sepsis with septic shock' : 'severe sepsis'}, after the systemic infection ${sepsis.code}`,
  );
};

/** The line holding `at`. */
function lineSpan(text: string, at: number): { start: number; end: number } {
  const next = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at) + 1, end: next < 0 ? text.length : next };
}

/**
 * Whether the assessment around `at` names an organism (a word of the B95-B97 titles, shorthand expanded:
 * "MRSA") as present: a prior culture's or a doubted one outside the inpatient setting is not documented.
 */
function organismNamed(ctx: RuleContext, at: number): boolean {
  const sec = sectionAt(ctx.sections, at);
  if (!sec) return false;
  const organisms = organismWords(ctx.codeSets, ctx.doc.dateOfService);
  const { text } = ctx.doc;
  return expandTokens(text, sec.start, sec.end, ctx.codeSets.abbreviations?.().expand).some(
    (t) => organisms.has(t.stem) && assess(text, lineSpan(text, t.start).start, t.start, t.end, sec.kind, ctx.doc.setting).status === 'affirmed',
  );
}

/** The sepsis code (A40-A41) of the organism the severe sepsis's own line names, if the Index reaches one. */
function organismSepsis(ctx: RuleContext, at: number): string | null {
  const { text } = ctx.doc;
  const { start, end } = lineSpan(text, at);
  const sepsis = { stem: 'sepsis', start: -1, end: -1, neg: false };
  // The bacteremia the shock is due to is the sepsis itself (Index: Bacteremia, with sepsis - see Sepsis): the
  // organism is read as the Index's "Sepsis" subterm ("pneumococcal bacteremia": Sepsis, pneumococcal A40.3).
  const read = text.slice(0, end).replace(/\bbacter(?:a)?emi(?:a|c)\b/gi, (w) => ' '.repeat(w.length));
  // The organism's own context counts: a prior culture's organism ("Prior cx E. coli") is history, and a
  // doubted one ("likely E. coli, await cx") is coded only where the setting codes doubt as established (II.H, IV.H).
  const section = sectionAt(ctx.sections, at)?.kind ?? 'assessment';
  const words = expandTokens(text, start, end, ctx.codeSets.abbreviations?.().expand);
  const affirmed = (req: string[]) => {
    const t = words.find((w) => w.stem !== 'sepsis' && req.includes(w.stem));
    return !t || assess(text, start, t.start, t.end, section, ctx.doc.setting).status === 'affirmed';
  };
  const hit = codeStatement(ctx.codeSets, ctx.doc.dateOfService, read, start, end, ctx.doc.patient.sex, ['A40', 'A41'], undefined, [sepsis]).find(
    (h) => h.req.some((k) => k !== 'sepsis') && !/\bunspecified\b/i.test(h.title) && affirmed(h.req),
  );
  return hit ? `${hit.code.slice(0, 3)}.${hit.code.slice(3)}` : null;
}
