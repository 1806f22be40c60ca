import { futureCue } from '../context/planned.ts';
import { encounterCategories } from './encounter-reason.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'cancer-follow-up',
  section:
    'I.C.21.c.8 (follow-up: Z08 after completed treatment of a malignant neoplasm, with its Z85 history code); Index "Examination, follow-up, malignant neoplasm Z08"',
  decides:
    'Lists Z08 first when the visit is named as surveillance after a malignancy whose treatment is over: a personal history code (Z85) and no current malignancy.',
};

/** The visit named as follow-up surveillance of a treated cancer (the Index's "Follow-up - see Examination, follow-up"). */
const surveillance = /\b(?:surveillance|survivorship)\b/i;
/** Where the visit's reason is written: its title lines, chief complaint or indication (the history tells of past visits too). */
const reasonKinds = new Set(['preamble', 'cc']);
/** A surveillance of another visit: one due, next or scheduled, or one done or left before. */
const laterOrPast = /\b(?:due|next|schedul\w*|discharged|completed|prior|previous|last)\b/i;
/** The reason's section names a cancer or its care (the Neoplasm Table's morphology words, the oncology clinic). */
const cancerWords = /\b(?:cancer|carcinoma|malignan\w*|oncolog\w*|neoplasm|tumou?r|lymphoma|leukemia|melanoma|sarcoma|myeloma|CA)\b/i;
/** The note says the treatment is over (Z08's "after completed treatment"): completed or finished, none current, no evidence of disease. */
const treatmentOver =
  /\b(?:completed|finished)\b|\bno (?:current|active|ongoing) (?:\w+ )?(?:tx|treatment|therapy)\b|\bNED\b|\bno evidence of (?:\w+ )?(?:disease|recurren\w*)\b/i;
/** A current malignancy (C00-C96, not the history): then the visit follows a disease still present. */
const malignancy = /^C(?:[0-8]\d|9[0-6])/;

/**
 * ICD-10-CM I.C.21.c.8: "Z08 Encounter for follow-up examination after completed treatment for
 * malignant neoplasm" explains continuing surveillance after the treatment is over, reported with
 * the Z85 history code (I.C.2.d). The visit is such surveillance when its reason lines name it, the
 * note says the treatment is over and reports a cancer as history, none as current; a surveillance
 * planned for later ("next surveillance in 6 mo") names another visit.
 */
export const cancerFollowUp: GuidelineRule = (ctx) => {
  // An admission or emergency visit is for a problem; a visit another encounter code already names (an annual
  // examination, screening) is that one (I.C.21.c.13).
  if (ctx.doc.setting === 'inpatient-progress' || ctx.doc.setting === 'ed') return;
  const list = active(ctx);
  const history = list.find((f) => f.code.startsWith('Z85'));
  if (!history || list.some((f) => malignancy.test(f.code) || encounterCategories.some((c) => f.code.replace('.', '').startsWith(c)))) return;
  const { text } = ctx.doc;
  if (!treatmentOver.test(text)) return;
  for (const sec of ctx.sections.filter((s) => reasonKinds.has(s.kind))) {
    for (const line of text.slice(sec.bodyStart, sec.end).matchAll(/[^\n]+/g)) {
      const m = surveillance.exec(line[0]);
      if (!m) continue;
      // The clause that names it: not a later visit ("next surveillance due 6/2027") nor a past one ("discharged from survivorship clinic").
      const clause = line[0].slice(0, m.index).replace(/^.*[.;,]/, '') + line[0].slice(m.index).replace(/[.;,].*$/, '');
      if (futureCue.test(clause) || laterOrPast.test(clause)) continue;
      // Surveillance of the cancer, not of another condition the patient is watched for ("AAA surveillance").
      if (!cancerWords.test(text.slice(sec.bodyStart, sec.end)) && !/survivorship/i.test(m[0])) continue;
      const start = sec.bodyStart + line.index + m.index;
      const first = Math.min(0, ...ctx.findings.map((f) => f.order)) - 1;
      const f = addFinding(
        ctx,
        'Z08',
        { start, end: start + m[0].length, order: first, section: 'assessment' },
        `ICD-10-CM I.C.21.c.8: follow-up surveillance after completed treatment of a malignancy (${history.code}), listed first`,
      );
      if (f) f.order = first;
      return;
    }
  }
};
