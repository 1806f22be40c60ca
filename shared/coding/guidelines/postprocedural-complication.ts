import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'postprocedural-complication',
  section:
    'I.B.16 (a complication of care is the provider\'s stated relationship); Index "Complication(s), postprocedural, specified NEC", by body system; Tabular K91.89 etc. "use additional code ... to further specify disorder"',
  decides:
    'Adds, first, the body system\'s "other postprocedural complication" code before a condition the provider calls postoperative, where the condition\'s own code does not already say so ("Postoperative ileus": K91.89, K56.7).',
};

/** The provider's own word for the relationship, right before the condition ("Postoperative ileus", "post-op pneumonia"). */
const postoperative = /\b(?:post-?op(?:erative)?|post-?procedural)\s+(?:\w+\s+)?$/i;

/**
 * Index "Complication(s), postprocedural, specified NEC": the code by body system, the system read from
 * the condition's chapter (circulatory I, digestive K, ear H60-H95, endocrine and metabolic E, eye H00-H59,
 * genitourinary N, musculoskeletal M, nervous G, respiratory J, skin L).
 */
const bySystem: [RegExp, string][] = [
  [/^I/, 'I97.89'],
  [/^K/, 'K91.89'],
  [/^H(?:[6-8]\d|9[0-5])/, 'H95.89'],
  [/^E/, 'E89.89'],
  [/^H[0-5]/, 'H59.89'],
  [/^N/, 'N99.89'],
  [/^M/, 'M96.89'],
  [/^G/, 'G97.82'],
  [/^J/, 'J95.89'],
  [/^L/, 'L76.82'],
];

/** Codes that already report a complication of care: the systems' complication categories and chapter 19's T80-T88. */
const ofCare = /^(?:I97|K91|H95|E89|H59|N99|M96|G97|J95|L76|D78|T8[0-8])/;

/**
 * ICD-10-CM I.B.16: a condition the provider calls postoperative is a complication of the procedure: the
 * Index's "Complication(s), postprocedural, specified NEC" code of its body system, sequenced first, and the
 * condition itself after it, as the complication code's "use additional code ... to further specify disorder"
 * asks. A condition whose own code says it (K91.3 postprocedural obstruction, I95.81 postprocedural
 * hypotension) needs none; neither do signs and symptoms, which the Index sends elsewhere (R50.82 postprocedural fever).
 */
export const postproceduralComplication: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || f.source === 'rule' || ofCare.test(f.code) || /postprocedural|postoperative|following/i.test(f.title)) continue;
    const code = bySystem.find(([re]) => re.test(f.code))?.[1];
    if (!code) continue;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const said = postoperative.exec(text.slice(lineStart, f.start));
    if (!said) continue;
    addFinding(
      ctx,
      code,
      { start: lineStart + said.index, end: f.end, order: f.order - 0.01, section: f.section },
      `ICD-10-CM I.B.16: the provider calls ${f.code} postoperative; Index "Complication(s), postprocedural, specified NEC" ${code}, its "use additional code" naming ${f.code}`,
    );
  }
};
