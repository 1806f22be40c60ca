import { tokenize } from '../text/tokens.ts';
import { assess } from '../context/assess.ts';
import { codeStatement } from '../matcher/statement.ts';
import { temporaryInsulin } from '../drugs/temporary-insulin.ts';
import { addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'long-term-drugs',
  section: 'I.C.21.c.3 (Z79 long-term drug therapy); Index "Long-term (current) drug therapy"',
  decides: 'Adds the Z79 code the Index gives for each medicine on the current list, skipping items denied, stopped or only planned.',
};

/** Words of the Index entry "Long-term (current) (prophylactic) drug therapy (use of)" a medication list leaves unsaid. */
const implied = new Set(tokenize('long term current prophylactic drug therapy use').map((t) => t.stem));

/**
 * ICD-10-CM I.C.21.c.3 (Z79): a medicine on the patient's current list that the Index names under
 * "Long-term (current) drug therapy" ("aspirin Z79.82", "tamoxifen Z79.810", "methadone for pain
 * management Z79.891") is read through that entry, each list item on its own; items denied,
 * stopped or only planned are not (ConText negation and hypothetical).
 */
export const longTermDrugs: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const sec of ctx.sections.filter((s) => s.kind === 'meds')) {
    const body = text.slice(sec.bodyStart, sec.end);
    for (const m of body.matchAll(/[^;,\n]+/g)) {
      const start = sec.bodyStart + m.index,
        end = start + m[0].length;
      if (/\b(?:stopp?ed|discontinued|held|prn)\b/i.test(m[0])) continue;
      const said = assess(text, start, start, end, 'meds', ctx.doc.setting).status;
      if (said !== 'affirmed') continue;
      for (const h of codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, start, end, ctx.doc.patient.sex, ['Z79'], implied, [], [], ['long'])) {
        if (!h.req.some((k) => !implied.has(k) && !k.startsWith('!'))) continue;
        if (h.code === 'Z794' && temporaryInsulin.test(m[0])) continue;
        addFinding(
          ctx,
          h.code,
          { start: h.start, end: h.end, order: 900 + start, section: 'meds' },
          `ICD-10-CM I.C.21.c.3: Index "Long-term (current) drug therapy", ${h.title}`,
          6,
        );
      }
    }
  }
};
