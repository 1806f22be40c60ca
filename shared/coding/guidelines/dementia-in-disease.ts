import { codeStatement } from '../matcher/statement.ts';
import { tokenize } from '../text/tokens.ts';
import { refCovers } from './excludes1.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'dementia-in-disease',
  section: 'I.A.13 and the tabular at F02 ("code first the underlying physiological condition"); Index "Dementia, in (due to)"',
  decides: 'Replaces unspecified dementia F03 with the parallel F02 code when the statement ties the dementia to a disease F02 lists, reported or named there.',
};

/** The F02 code parallel to an F03 one: same severity and disturbance (title after the first comma). */
function parallelF02(ctx: RuleContext, code: string, title: string): { code: string; title: string } | null {
  const tail = title.slice(title.indexOf(',')).toLowerCase();
  for (const c of [`F02${code.slice(3)}`, `F02.8${code.slice(5)}`]) {
    const hit = ctx.codeSets.icd(c, ctx.doc.dateOfService);
    if (hit?.billable && hit.title.toLowerCase().endsWith(tail)) return hit;
  }
  return null;
}

/**
 * ICD-10-CM I.A.13 and the tabular at F02 ("Code first the underlying physiological condition,
 * such as: ... Parkinson's disease (G20)"); Index "Dementia, in (due to), Parkinson's disease
 * G20.- [F02.8-]": dementia the statement ties to a reported disease F02 lists ("Parkinson's disease
 * dementia, moderate, with agitation") is F02, not unspecified dementia F03, with the disease first.
 */
export const dementiaInDisease: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const dos = ctx.doc.dateOfService;
  const list = active(ctx);
  const unspecified = list.filter((x) => x.code.startsWith('F03.'));
  // A disease is named by a word of its own, not by a dementia's ("Dementia with behavioral disturbance" names no Lewy bodies).
  const dementiaWords = new Set(
    unspecified.length ? ['F02', 'F03'].flatMap((c) => ctx.codeSets.icdEntriesUnder(c, dos).flatMap(([, , title]) => tokenize(title).map((t) => t.stem))) : [],
  );
  for (const f of unspecified) {
    const target = parallelF02(ctx, f.code, f.title);
    if (!target) continue;
    const stmt = text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end).toLowerCase();
    const refs = ctx.codeSets.icdNotes(target.code, dos).codeFirst;
    // The underlying disease is reported and the dementia's statement names it (its title's first word).
    const reported = list.find(
      (g) =>
        g !== f &&
        refs.some((r) => refCovers(ctx, r, g.code)) &&
        stmt.includes(
          g.title
            .toLowerCase()
            .split(/[\s,]+/)[0]!
            .replace(/'s$/, ''),
        ),
    );
    // Or the statement names it ("Moderate Alzheimer dementia with agitation"): searched within the categories the
    // note lists, as manifestation-etiology.ts does for an F02 code reported alone.
    const said =
      reported || !f.stmt
        ? undefined
        : codeStatement(ctx.codeSets, dos, text, f.stmt.start, f.stmt.end, ctx.doc.patient.sex, [
            ...new Set(refs.map((r) => r.code.replace('.', '').slice(0, 3))),
          ]).find(
            (h) =>
              refs.some((r) => refCovers(ctx, r, h.code)) &&
              !/\bclassified elsewhere\b/i.test(h.title) &&
              h.req.some((k) => !k.startsWith('!') && !dementiaWords.has(k)),
          );
    const cause =
      reported ??
      (said &&
        addFinding(
          ctx,
          `${said.code.slice(0, 3)}.${said.code.slice(3)}`,
          { ...said, order: f.order, section: f.section },
          `ICD-10-CM I.A.13: the underlying condition of the dementia the statement names (${said.title}), first`,
        ));
    if (!cause) continue;
    const o = addFinding(ctx, target.code, f, `ICD-10-CM I.A.13: dementia in a disease F02 lists is F02, the disease (${cause.code}) coded first`);
    if (!o) continue;
    o.order = Math.min(o.order, f.order);
    drop(f, 'other', `ICD-10-CM I.A.13: the dementia has a documented cause; ${target.code} instead of unspecified dementia`);
    // An F02 code the Index bracketed for the same statement ("Dementia, Alzheimer's type G30.9 [F02.80]") is this dementia, less fully said.
    for (const g of active(ctx))
      if (g !== o && g.code.startsWith('F02.') && g.order === f.order)
        drop(g, 'other', `ICD-10-CM I.B.18: ${target.code} names what the statement documents of the dementia`);
  }
};
