import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'covid',
  section: 'I.C.1.g.1 (COVID-19 infection)',
  decides:
    'Makes confirmed COVID-19 U07.1 with its manifestations, adds J12.82 for COVID-19 pneumonia, J20.8 for its acute bronchitis, and drops the codes not used with a confirmed case.',
};

/**
 * I.C.1.g.1: confirmed COVID-19 is U07.1 first-listed (outpatient) with its manifestations;
 * COVID-19 pneumonia adds J12.82, its acute bronchitis is J20.8; Z20.822 / B34.2 / B97.29 are not used with a confirmed case.
 */
const covidWord = /\bCOVID\b|\bSARS-CoV-2\b/i;

export const covid: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const u071 = list.find((f) => f.code === 'U07.1');
  if (!u071) return;
  for (const f of list) if (/^(?:Z20\.822|B34\.2|B97\.29|J18\.9|J12\.89)$/.test(f.code)) drop(f, 'other', 'confirmed COVID-19 (I.C.1.g.1)');
  const pna = /\bCOVID(?:-19)?\s+pneumonia\b|\bpneumonia due to COVID/i.exec(ctx.doc.text);
  if (pna)
    addFinding(
      ctx,
      'J12.82',
      { start: pna.index, end: pna.index + pna[0].length, order: u071.order + 0.1, section: u071.section },
      'ICD-10-CM I.C.1.g.1.a: pneumonia due to COVID-19',
    );
  // I.C.1.g.1.c.ii: acute bronchitis confirmed as due to COVID-19 (named in one statement with it) is J20.8,
  // "Acute bronchitis due to other specified organisms", not J20.9.
  for (const f of list) {
    if (f.code !== 'J20.9' || !f.stmt || !covidWord.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end))) continue;
    const g = addFinding(ctx, 'J20.8', f, 'ICD-10-CM I.C.1.g.1.c.ii: acute bronchitis due to COVID-19');
    if (g && g !== f) drop(f, 'other', 'ICD-10-CM I.C.1.g.1.c.ii: J20.8 for acute bronchitis due to COVID-19');
  }
  u071.order = Math.min(...list.map((f) => f.order)) - 1;
};
