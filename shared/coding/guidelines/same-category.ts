import type { Finding } from '../finding.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'same-category',
  section: 'I.A.9 / I.B.2 (report the most specific code documented), I.A.15 ("with"), I.B.8-9 (acute and chronic, combination codes)',
  decides:
    'Drops an unspecified code of a category that a more specific reported code already covers (for diabetes, one of the same complication), and the acute or chronic part of a reported acute-and-chronic combination.',
};

/**
 * I.A.9 / I.B.2: report the most specific code documented. When a statement yields an
 * unspecified code of a category that another, more specific code already covers, drop it.
 */
export const sameCategory: GuidelineRule = (ctx) => {
  const list = active(ctx);
  for (const f of list) {
    const unspecified = /unspecified/i.test(f.title) || /\.9$/.test(f.code);
    if (!unspecified) continue;
    const better = list.find(
      // The same code from another statement is no more specific: which of the two stands is decided by their own contexts.
      (o) =>
        o.code !== f.code &&
        o.code.slice(0, 3) === f.code.slice(0, 3) &&
        !/unspecified/i.test(o.title) &&
        sameSite(f.code, f.title, o.title) &&
        sameComplication(f, o),
    );
    if (better) replaceBy(f, better);
    // The same condition named more specifically in another category of its chapter: "Pneumonia, unspecified
    // organism" (J18.9) beside "Pneumonia due to Klebsiella pneumoniae" (J15.0), "Anemia, unspecified" beside
    // "Anemia in chronic kidney disease".
    const head = /^([^,]+), unspecified\b/i.exec(f.title)?.[1];
    const starts = head && new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!,)`, 'i');
    // Or a kind of it, named by its adjective in the other title ("Shock, unspecified" R57.9 beside "Severe sepsis with septic shock").
    const kind = head && /^[a-z]+$/i.test(head) ? new RegExp(`\\b[a-z]+ ${head}$`, 'i') : undefined;
    const named =
      !better && starts
        ? list.find((o) => o !== f && o.code[0] === f.code[0] && !/unspecified/i.test(o.title) && (starts.test(o.title) || !!kind?.test(o.title)))
        : undefined;
    if (named) replaceBy(f, named);
  }
  // A default "without X" code beside one of its category documented "with X" ("Parkinson's disease
  // without dyskinesia" from a bare mention, "with dyskinesia, with fluctuations" from the assessment):
  // the documented complication is the condition's code (I.A.15 "with", I.B.2).
  for (const f of active(ctx)) {
    const lacks = [...f.title.matchAll(/\bwithout (?:mention of )?([a-z]+)/gi)].map((m) => m[1]!.toLowerCase());
    if (!lacks.length) continue;
    const has = active(ctx).find(
      (o) => o !== f && o.code.slice(0, 3) === f.code.slice(0, 3) && lacks.some((w) => new RegExp(`\\bwith (?:[a-z]+ )?${w}`, 'i').test(o.title)),
    );
    if (has) drop(f, 'other', `ICD-10-CM I.B.2: ${has.code} documents what ${f.code} says is absent`);
  }
  // A combination for the acute and the chronic condition together ("Acute and chronic respiratory
  // failure with hypoxia", "Acute on chronic systolic heart failure") is both: the chronic or the acute
  // code alone beside it is one of its parts (I.B.8, I.B.9: one combination code, not multiple codes).
  for (const f of active(ctx)) {
    const both = /^acute (?:and|on) chronic (.+)$/i.exec(f.title)?.[1];
    if (!both) continue;
    for (const o of active(ctx)) {
      const part = /^(?:acute|chronic) (.+?)(?:, unspecified\b.*)?$/i.exec(o.title)?.[1];
      if (o !== f && part && o.code.slice(0, 3) === f.code.slice(0, 3) && both.toLowerCase().startsWith(part.toLowerCase()))
        drop(o, 'other', `ICD-10-CM I.B.9: the combination ${f.code} reports it with the acute condition`);
    }
  }
};

/**
 * I.C.4.a: diabetes takes as many combination codes of its category as it has complications. "... with unspecified diabetic
 * retinopathy" (E11.319) is no less specific form of "... with diabetic chronic kidney disease" (E11.22): another
 * complication; it is one of "... with mild nonproliferative diabetic retinopathy" (E11.329-).
 */
function sameComplication(f: Finding, o: Finding): boolean {
  if (!/^E(?:0[89]|1[013])\./.test(f.code)) return true;
  const complication = (t: string) =>
    new Set(
      (/\bwith (.+?)(?:\bwithout\b|,|$)/i.exec(t)?.[1] ?? '')
        .toLowerCase()
        .split(/\W+/)
        .filter((w) => w.length > 3 && !['unspecified', 'diabetic', 'other', 'specified'].includes(w)),
    );
  const mine = complication(f.title);
  return mine.size === 0 || [...complication(o.title)].some((w) => mine.has(w));
}

/**
 * I.B.2: the more specific code reports the condition, from where the assessment first names it ("Impression: ...
 * intracerebral hemorrhage" before "Dx: 1. Nontraumatic ICH, L basal ganglia"): it keeps the earlier place.
 */
function replaceBy(f: Finding, better: Finding): void {
  drop(f, 'other', `ICD-10-CM I.B.2: the more specific ${better.code} is documented`);
  if (f.section === 'assessment' && better.section === 'assessment') better.order = Math.min(better.order, f.order);
}

/**
 * A neoplasm category's codes are sites (the Neoplasm Table's rows): one "of unspecified lung" (C78.00) is
 * covered by a code of that site (C78.01, right lung), not by another site of the category (C78.7, liver).
 */
function sameSite(code: string, unspecifiedTitle: string, title: string): boolean {
  if (!/^(?:C|D[0-4])/.test(code)) return true;
  const words = (/\bunspecified (.+)$/i.exec(unspecifiedTitle)?.[1] ?? '').toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const site = words.filter((w) => !['part', 'site', 'sites', 'and', 'the'].includes(w));
  return site.length === 0 || site.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(title));
}
