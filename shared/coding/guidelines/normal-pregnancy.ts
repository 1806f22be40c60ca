import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'normal-pregnancy',
  section: 'Tabular Z34 (supervision of normal pregnancy: first or other pregnancy, trimester character); chapter 15 trimesters counted from the LMP',
  decides:
    "Fills in the unspecified pregnancy-order or trimester axis of a Z34 code from the note's gravida and weeks of gestation, never overruling a stated one; drops Z34 beside a complication of pregnancy (I.C.15.b.1, Z34 Excludes1 O00-O9A).",
};

/** "G2P1001", "G3 P2", "G1", "gravida 2", "multigravida", "primigravida", "second pregnancy", "first pregnancy". */
const gravidaRe =
  /\bG\s?(\d{1,2})(?:\s?P\s?\d|\b)|\bgravida\s*(\d{1,2})\b|\b(primigravida|multigravida|primigravid|multigravid)\b|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+pregnancy\b/i;
const ordinal: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5 };

/** Pregnancies including this one, when the note says; null when it does not. */
export function gravida(text: string): number | null {
  const m = gravidaRe.exec(text);
  if (!m) return null;
  const n = m[1] ?? m[2];
  if (n) return Number(n);
  if (m[3]) return /^primi/i.test(m[3]) ? 1 : 2;
  return ordinal[m[4]!.toLowerCase()] ?? null;
}

/** ICD-10-CM chapter 15: trimesters are counted from the first day of the last menstrual period. */
export function trimesterOf(weeks: number): 1 | 2 | 3 | null {
  if (!Number.isFinite(weeks) || weeks <= 0 || weeks > 45) return null;
  return weeks < 14 ? 1 : weeks < 28 ? 2 : 3;
}

const weeksRe = /\b(\d{1,2})\s*(?:w\s*\d\s*d\b|w(?:ee)?ks?\b|\+\d\b)/i;

/**
 * Supervision of a normal pregnancy (Z34) is coded by whether this is the first pregnancy
 * (Z34.0-) or not (Z34.8-), and by trimester (the 5th character): the note's gravida and weeks of
 * gestation supply what the assessment line ("supervision of normal pregnancy") leaves out.
 * Only an unspecified axis is filled in; a stated one is never overruled.
 */
export const normalPregnancy: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  // I.C.15.b.1: Z34 is for a visit with no complication, never with chapter 15 codes (Z34 Excludes1
  // "any complication of pregnancy (O00-O9A)"). The encounter rule adds Z34 after excludes1.ts has run.
  const complication = active(ctx).find((o) => /^O/.test(o.code));
  for (const f of active(ctx)) {
    const m = /^Z34\.([089])([0-3])$/.exec(f.code);
    if (!m) continue;
    if (complication) {
      drop(f, 'excludes1', `ICD-10-CM I.C.15.b.1: a complication of pregnancy (${complication.code}) is documented; Z34 is for a normal pregnancy`);
      continue;
    }
    let kind = m[1]!;
    let tri = m[2]!;
    const why: string[] = [];
    const g = kind === '9' ? gravida(ctx.doc.text) : null;
    if (g !== null) {
      kind = g === 1 ? '0' : '8';
      why.push(g === 1 ? 'first pregnancy' : `pregnancy ${g}`);
    }
    const w = tri === '0' ? weeksRe.exec(ctx.doc.text) : null;
    const t = w ? trimesterOf(Number(w[1])) : null;
    if (t) {
      tri = String(t);
      why.push(`${w![1]} weeks: trimester ${t}`);
    }
    const hit = why.length ? ctx.codeSets.icd(`Z34.${kind}${tri}`, dos) : null;
    if (!hit?.billable || hit.code === f.code) continue;
    f.why.push(`ICD-10-CM I.C.15.b.1: ${hit.code} instead of ${f.code}, the note documents ${why.join(' and ')}`);
    Object.assign(f, { code: hit.code, title: hit.title });
  }
};
