import type { CodeRef } from '../../codes/model.ts';
import { drugTableCode } from '../drugs/drug-table.ts';
import type { Finding } from '../finding.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'excludes1',
  section: 'I.A.12.a (Excludes1 notes), with I.B.5 (symptom vs definitive diagnosis) and I.B.2 (specified over unspecified)',
  decides:
    'Resolves two reported codes an Excludes1 note keeps apart by dropping the one that gives way, or queries the provider when the two may be unrelated.',
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
