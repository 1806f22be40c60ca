import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'insulin-pump',
  section: 'I.C.4.a.5 (complications due to insulin pump malfunction: underdose T38.3X6-, overdose T38.3X1-)',
  decides:
    'Adds the insulin underdosing (or, with hypoglycemia, poisoning) code after a mechanical complication of an insulin pump reported with diabetes, and lists the pump complication first.',
};

/** T85.6-: mechanical complication of other specified prosthetic devices; the insulin pump's own codes say so in their titles. */
const pumpComplication = (code: string, title: string) => code.startsWith('T85.6') && /\binsulin pump\b/i.test(title);
/** Diabetes mellitus, E08-E13; its hypoglycemia (E08-E13 .64-) is the overdose's. */
const diabetes = /^E(?:0[89]|1[013])\./;
const hypoglycemia = /^E(?:0[89]|1[013])\.64/;

/**
 * ICD-10-CM I.C.4.a.5: an insulin pump's failure that under-delivers insulin is coded with the pump's mechanical complication
 * (T85.6-) first, "followed by code T38.3X6-, Underdosing of insulin and oral hypoglycemic [antidiabetic] drugs", then the
 * diabetes and its complications; one that over-delivers is followed by T38.3X1-, poisoning, accidental. A diabetes coded with
 * hypoglycemia says the pump gave too much; otherwise (ketoacidosis, hyperglycemia) too little. The 7th character is the
 * pump complication's (I.C.19.a: the encounter).
 */
export const insulinPump: GuidelineRule = (ctx) => {
  const list = active(ctx);
  const pump = list.find((f) => pumpComplication(f.code, f.title));
  const dm = list.filter((f) => diabetes.test(f.code));
  if (!pump || dm.length === 0) return;
  // The pump complication goes first, before the diabetes it caused.
  const lead = Math.min(...list.map((f) => f.order));
  if (pump.order > lead) pump.order = lead - 1;
  pump.why.push('ICD-10-CM I.C.4.a.5: the insulin pump malfunction is the first-listed code, the diabetes follows it');
  const overdose = dm.some((f) => hypoglycemia.test(f.code));
  addFinding(
    ctx,
    `T38.3X${overdose ? '1' : '6'}${pump.code.at(-1)}`,
    { start: pump.start, end: pump.end, order: pump.order + 0.1, section: pump.section },
    `ICD-10-CM I.C.4.a.5: ${overdose ? 'an overdose' : 'an underdose'} of insulin due to insulin pump failure follows the pump's mechanical complication`,
    8,
  );
};
