import { assess } from '../context/assess.ts';
import { codeStatement } from '../matcher/statement.ts';
import { tokenize } from '../text/tokens.ts';
import type { SectionKind } from '../note/sections.ts';
import { active, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'note-detail',
  section: 'I.B.2 / I.A.9 (code to the highest specificity documented)',
  decides: 'Replaces an "other" or "unspecified" assessment code with the detailed sibling in the same category that the chief complaint or history describes.',
};

/**
 * Where a provider documents detail the assessment repeats in short: the reason for the visit, its
 * history, and the examination and results the provider records ("MBS: oropharyngeal phase dysphagia").
 */
const detailSections: SectionKind[] = ['cc', 'hpi', 'preamble', 'history', 'exam', 'results'];
const where: Partial<Record<SectionKind, string>> = { hpi: 'history', history: 'history', exam: 'examination', results: 'results section' };

/**
 * ICD-10-CM I.B.2 / I.A.9 (code to the highest specificity documented): when the assessment
 * states a condition as "other" or "unspecified" and the chief complaint or history describes the
 * same condition in more detail ("asymptomatic microscopic hematuria"), the detailed sibling code
 * in the same category is reported, with the history line as its evidence.
 */
export const noteDetail: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  // The detail sections' lines with the words they affirm, read once for every finding.
  let lines: { sec: (typeof ctx.sections)[number]; start: number; end: number; said: Set<string> }[] | undefined;
  const detailLines = () =>
    (lines ??= ctx.sections
      .filter((s) => detailSections.includes(s.kind))
      .flatMap((sec) =>
        [...text.slice(sec.bodyStart, sec.end).matchAll(/[^\n.;]+/g)].map((line) => ({
          sec,
          start: sec.bodyStart + line.index,
          end: sec.bodyStart + line.index + line[0].length,
          said: new Set(
            tokenize(line[0])
              .filter((t) => !t.neg)
              .map((t) => t.stem),
          ),
        })),
      ));
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || f.source === 'rule' || !/\bunspecified\b|^other\b/i.test(f.title)) continue;
    const cat = f.code.slice(0, 3);
    const cat5 = f.code.replace('.', '').slice(0, 4);
    const named = tokenize(ctx.codeSets.icd(cat5, ctx.doc.dateOfService)?.title ?? f.title).map((t) => t.stem);
    for (const { sec, start, end, said } of detailLines()) {
      // Only a line naming the condition itself ("dysphagia", "hematuria") can detail it.
      if (!named.some((w) => said.has(w))) continue;
      // An injury is read by walking the Index, which a title prefix does not steer: its hits are taken from the whole line.
      const hit =
        codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, start, end, ctx.doc.patient.sex, [cat5])[0] ??
        (f.code.startsWith('S')
          ? codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, start, end, ctx.doc.patient.sex).find((h) => h.code.startsWith(cat5))
          : undefined);
      // An injury's part named by the Index walk is detail even where its title leaves another axis open
      // ("subcapital": S72.01- "Unspecified intracapsular fracture", not S72.00- "unspecified part of neck").
      const open = f.code.startsWith('S') ? /\bunspecified (?:part|site|region)\b/i : /\bunspecified\b|^other\b/i;
      const own = f.code.replace('.', '');
      // An injury keeps its own encounter (7th character, I.C.19.a): the history details the part, not the episode.
      const detail = hit && f.code.startsWith('S') ? hit.code.slice(0, 6) + own.slice(6) : hit?.code;
      if (!hit || !detail || detail === own || open.test(hit.title)) continue;
      // Only what the history affirms: "no gross hematuria" details nothing.
      if (assess(text, start, hit.start, hit.end, sec.kind, ctx.doc.setting).status !== 'affirmed') continue;
      const code = `${cat}.${detail.slice(3)}`;
      const entry = ctx.codeSets.icd(code, ctx.doc.dateOfService);
      if (!entry?.billable) continue;
      f.why.push(`ICD-10-CM I.B.2: ${entry.code} instead of ${f.code}, the ${where[sec.kind] ?? 'visit reason'} documents "${text.slice(hit.start, hit.end)}"`);
      Object.assign(f, { code: entry.code, title: entry.title, start: hit.start, end: hit.end });
      break;
    }
  }
};
