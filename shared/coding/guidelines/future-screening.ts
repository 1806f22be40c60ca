import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'future-screening',
  section: 'I.C.21.c.12 (screening Z codes report the encounter for the screening)',
  decides: "Drops a screening code the assessment only orders or schedules, since it is a later service and not this visit's.",
};

/** Words that make a screening a later service: ordered, due, scheduled, referred, next, planned. */
const later = /\b(?:ordered|order(?:ing)?|due|scheduled|schedule|next|refer(?:red|ral)?|recommended|plan(?:ned)?)\b/i;

/**
 * ICD-10-CM I.C.21.c.12: a screening code reports an encounter for the screening test. A screening
 * the assessment only orders or schedules ("annual LDCT lung cancer screening, next due 03/2026 -
 * ordered") is a later service, not this visit's; the order carries it (as encounter-reason.ts
 * already reads plan lines).
 */
export const futureScreening: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    if (!/^Z1[1-3]\./.test(f.code) || f.source === 'rule') continue;
    const stmt = text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end);
    if (later.test(stmt)) drop(f, 'hypothetical', `ICD-10-CM I.C.21.c.12: the screening is ordered or scheduled for later, not done at this encounter`);
  }
};
