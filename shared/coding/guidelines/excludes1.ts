import type { CodeRef } from '../../codes/model.ts';
import { drugTableCode } from '../drugs/drug-table.ts';
import type { Finding } from '../finding.ts';
import { tokenize } from '../text/tokens.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'excludes1',
  section: 'I.A.12.a (Excludes1 notes), with I.B.9 (combination codes), I.B.5 (symptom vs definitive diagnosis) and I.B.2 (specified over unspecified)',
  decides:
    'Resolves two reported codes an Excludes1 note keeps apart: one code of the target category naming both (I.B.9), else the one that gives way is dropped, or the provider queried when the two may be unrelated.',
};

const flat = (c: string) => c.replace('.', '');

/** Whether a tabular note's code reference names `code`: itself, a subdivision of it, or within its range. */
export function refCovers(ctx: RuleContext, ref: CodeRef, code: string): boolean {
  const c = flat(code),
    r = flat(ref.code);
  if (ref.range) {
    const end = flat(ref.range);
    return c.slice(0, r.length) >= r && c.slice(0, end.length) <= end;
  }
  if (c === r) return true;
  // "(S62.- with 7th character B)": only the codes with that 7th character (the open fracture, I.C.19.a).
  const seventh = /\bwith 7th character ([A-Z])\b/.exec(ref.text)?.[1];
  if (seventh && (c.length !== 7 || c[6] !== seventh)) return false;
  // "(J43.-)", or a header cited bare ("(J43)"): the code's subdivisions are meant.
  return c.startsWith(r) && (ref.subdivisions || ctx.codeSets.icd(ref.code, ctx.doc.dateOfService)?.billable === false);
}

/**
 * ICD-10-CM I.A.12.a: an Excludes1 note means the two conditions are never reported together. When
 * one reported code's Excludes1 names another reported code, the note's own code gives way: the
 * condition the documentation names is classified where the note points. A symptom (chapter 18)
 * gives way to the definitive diagnosis instead (I.B.5), an unspecified code to a specified one (I.B.2). Where the two may be unrelated (the
 * guideline's exception), the provider is queried rather than both reported.
 */
export const excludes1: GuidelineRule = (ctx) => {
  if (typeof ctx.codeSets.icdNotes !== 'function') return;
  const list = active(ctx);
  for (const a of list) {
    if (a.dropped) continue;
    for (const ref of ctx.codeSets.icdNotes(a.code, ctx.doc.dateOfService).excludes1) {
      // "X NOS (F03)" excludes only the unqualified condition, which a specified code is not.
      if (/\bNOS\b/.test(ref.text)) continue;
      const b = list.find((o) => o !== a && !o.dropped && refCovers(ctx, ref, o.code));
      if (!b) continue;
      // I.C.19.e.3: as many Table of Drugs codes as there are drugs; a T36-T65 Excludes1 ("benzodiazepines
      // (T42.4-)" at T43) says where another drug is classified, not that two drugs are never taken together.
      if (drugTableCode.test(a.code) && drugTableCode.test(b.code)) continue;
      const loser: Finding = b.code.startsWith('R') && !a.code.startsWith('R') ? b : unspecified(b) && !unspecified(a) ? b : a;
      const winner = loser === a ? b : a;
      // I.B.9: a code of the target's category that names both conditions is the one code for them.
      const both = combination(ctx, winner, loser);
      if (both) {
        winner.why.push(`ICD-10-CM I.B.9, I.A.12.a: Excludes1 at ${a.code} ("${ref.text}"); ${both.code} names both ${winner.code} and ${loser.code}`);
        Object.assign(winner, { code: both.code, title: both.title });
        drop(loser, 'excludes1', `ICD-10-CM I.B.9: combined into ${both.code}`);
        break;
      }
      drop(loser, 'excludes1', `ICD-10-CM I.A.12.a: Excludes1 at ${a.code} ("${ref.text}"): ${winner.code} is reported instead`);
      ctx.queries.push({
        topic: 'excludes1',
        message: `${a.code} excludes ${b.code} (Excludes1); if the two conditions are unrelated, both may be reported (I.A.12.a).`,
        start: loser.start,
        end: loser.end,
      });
      break;
    }
  }
};

const unspecified = (f: Finding) => /\bunspecified\b/i.test(f.title) || /\.9$/.test(f.code);

/** Title words, those a "without" denies marked ("!obstruction"). */
function titleWords(title: string): string[] {
  return tokenize(title)
    .filter((t) => !ignored.has(t.stem))
    .map((t) => (t.neg ? `!${t.stem}` : t.stem));
}
const ignored = new Set(['of', 'and', 'the', 'unspecified', 'other', 'specified', 'nos', 'in', 'to', 'or']);

/**
 * ICD-10-CM I.B.9 (combination codes): two conditions an Excludes1 note keeps apart ("Acute cholecystitis" K81.0 beside
 * "Calculus of gallbladder without cholecystitis" K80.20: K81 Excludes1 "with cholelithiasis (K80.-)") are one code of
 * the target's category when a title there names the one's condition with the other's ("Calculus of gallbladder with
 * acute cholecystitis without obstruction" K80.00): every word of both titles but what the target denies, and nothing
 * more said outright (its own "without" defaults may differ).
 */
function combination(ctx: RuleContext, winner: Finding, loser: Finding): { code: string; title: string } | null {
  const dos = ctx.doc.dateOfService;
  const need = new Set([...titleWords(winner.title).filter((w) => !w.startsWith('!')), ...titleWords(loser.title)]);
  // The target's own denial of the other condition ("without cholecystitis") is what the combination replaces.
  const denied = new Set(titleWords(winner.title).filter((w) => w.startsWith('!') && need.has(w.slice(1))));
  let best: { code: string; title: string; extra: number } | null = null;
  for (const [code, billable, title] of ctx.codeSets.icdEntriesUnder(flat(winner.code).slice(0, 3), dos)) {
    if (billable !== 1 || flat(code) === flat(winner.code)) continue;
    const words = titleWords(title);
    const has = new Set(words);
    if (![...need].every((w) => has.has(w)) || words.some((w) => denied.has(w))) continue;
    const extra = words.filter((w) => !w.startsWith('!') && !need.has(w)).length;
    if (!best || extra < best.extra) best = { code: ctx.codeSets.icd(code, dos)?.code ?? code, title, extra };
  }
  return best && best.extra === 0 ? best : null;
}
