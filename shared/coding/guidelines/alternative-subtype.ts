import { tokenize } from '../text/tokens.ts';
import { active, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'alternative-subtype',
  section: 'I.A.9.b / I.B.18 (unspecified codes when the documentation does not permit a more specific one)',
  decides:
    'Codes a condition whose subtype the statement leaves open between alternatives ("AKI - septic ATN vs prerenal", "ATN?") to its unspecified code, not to the one alternative a title names.',
};

/**
 * A word set against another: "vs", "versus" or "or" beside it, or a question mark after it. (A slash joins as often as
 * it opposes: "2/2 hypersplenism/EtOH", "Melena / acute upper GI bleed".)
 */
const against = (before: string, after: string) => /(?:\bvs\.?|\bversus|\bor)\s*$/i.test(before) || /^\s*(?:vs\.?|versus|or\b|\?)/i.test(after);

const stems = (s: string) => tokenize(s).map((t) => t.stem);

/**
 * ICD-10-CM I.A.9.b / I.B.18: "unspecified" codes are for a condition documented without the detail another code
 * names. A statement that offers the detail only as one of alternatives ("AKI - septic ATN vs prerenal; improving") has
 * not documented it: the condition's unspecified code (N17.9), not the subtype's (N17.0 "with tubular necrosis"). The
 * detail may be said in shorthand of any of its listed meanings ("ATN": acute tubular necrosis).
 */
export const alternativeSubtype: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const dos = ctx.doc.dateOfService;
  const shorthand = ctx.codeSets.abbreviations?.();
  const meanings = (w: string): string[] => [w, ...(shorthand?.expand.has(w) ? [shorthand.expand.get(w)!] : []), ...(shorthand?.inContext.get(w) ?? [])];
  for (const f of active(ctx)) {
    if (!f.stmt || f.section !== 'assessment' || /\bunspecified\b/i.test(f.title)) continue;
    const flat = f.code.replace('.', '');
    if (flat.length < 4) continue;
    const unspecified = ctx.codeSets.icd(`${flat.slice(0, -1)}9`, dos);
    if (!unspecified?.billable || !/\bunspecified\b/i.test(unspecified.title) || unspecified.code === f.code) continue;
    // The detail: the words of the code's title its unspecified sibling lacks ("tubular necrosis").
    const base = new Set(stems(unspecified.title));
    const detail = new Set(stems(f.title).filter((s) => !base.has(s)));
    if (detail.size === 0) continue;
    const words = [...text.slice(f.stmt.start, f.stmt.end).matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => ({ w: m[0], at: f.stmt!.start + m.index }));
    const naming = words.filter(({ w }) => meanings(w).some((m) => stems(m).some((s) => detail.has(s))));
    if (naming.length === 0) continue;
    if (!naming.every(({ w, at }) => against(text.slice(Math.max(0, at - 8), at), text.slice(at + w.length, at + w.length + 8)))) continue;
    f.why.push(`ICD-10-CM I.A.9.b / I.B.18: "${naming[0]!.w}" is one of alternatives, not documented: ${unspecified.code}`);
    Object.assign(f, { code: unspecified.code, title: unspecified.title });
  }
};
