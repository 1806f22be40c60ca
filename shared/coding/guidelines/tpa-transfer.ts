import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'tpa-transfer',
  section: 'I.C.21.c.3 (status codes: Z92.82 status post tPA in a different facility within 24 hours)',
  decides: 'Adds Z92.82 at the receiving facility when the note says tPA was given at the transferring facility, after the condition it was given for.',
};

const tpa = String.raw`\b(?:tPA|rtPA|t-PA|alteplase|tenecteplase|TNK)\b`;
const other = String.raw`\b(?:OSH|outside (?:hospital|facility|ED)|referring (?:hospital|facility|ED)|transferring (?:hospital|facility))\b`;
/** The drug and the other facility in one sentence, either way round ("Alteplase given 23:05 at OSH", "s/p IV tPA at OSH"). */
const givenElsewhere = new RegExp(`${tpa}[^.;\\n]{0,60}${other}|${other}[^.;\\n]{0,80}${tpa}`, 'i');

/**
 * I.C.21.c.3, Z92.82: "Assign code Z92.82 ... as a secondary diagnosis when a patient is received by
 * transfer into a facility and documentation indicates they were administered tissue plasminogen
 * activator (tPA) within the last 24 hours prior to admission"; the condition it was given for
 * (cerebrovascular disease, myocardial infarction) is coded first. Only in the receiving facility's record.
 */
export const tpaTransfer: GuidelineRule = (ctx) => {
  if (ctx.doc.setting !== 'inpatient-progress' && ctx.doc.setting !== 'consult') return;
  const treated = active(ctx).filter((f) => /^(?:I6[0-3]|I21|I22)\./.test(f.code));
  if (treated.length === 0) return;
  const m = givenElsewhere.exec(ctx.doc.text);
  if (!m) return;
  addFinding(
    ctx,
    'Z92.82',
    { start: m.index, end: m.index + m[0].length, order: Math.max(...treated.map((f) => f.order)) + 0.6, section: 'assessment' },
    'ICD-10-CM I.C.21.c.3: tPA given at the transferring facility within 24 hours of this admission (Z92.82), after the condition it treated',
  );
};
