import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'drug-monitoring',
  section:
    'Index "Monitoring (encounter for), therapeutic drug level" Z51.81 and its "code also" long-term drug therapy (Z79.-); IV.A (reason for the encounter)',
  decides: 'Lists Z51.81 first when the visit is stated to be for checking the level or effect of a drug the patient takes long term.',
};

/**
 * The visit's stated reason is a drug-level check: "Here for INR check" (the INR monitors warfarin:
 * medical-abbreviations "INR, international normalized ratio"), "lithium level", "vancomycin trough".
 */
const reason =
  /\b(?:here|seen|presents?|visit|appointment|reason for (?:visit|encounter))\b[^.\n]{0,20}?\bfor (?:(?:an?|the|routine|scheduled|weekly|monthly) )?(?:INR|PT\/INR|protime|\w+ (?:drug )?level|(?:drug|therapeutic drug) level|\w+ trough)(?: (?:check|draw|monitoring|recheck))?\b/i;

/**
 * Index: "Monitoring (encounter for), therapeutic drug level Z51.81", with "code also any long-term
 * (current) drug therapy (Z79.-)": when the visit is for that check and a long-term drug is coded,
 * Z51.81 is the reason for the encounter (IV.A) and goes first.
 */
export const drugMonitoring: GuidelineRule = (ctx) => {
  const m = reason.exec(ctx.doc.text);
  if (!m || !active(ctx).some((f) => f.code.startsWith('Z79'))) return;
  const first = Math.min(0, ...ctx.findings.map((f) => f.order)) - 1;
  addFinding(
    ctx,
    'Z51.81',
    { start: m.index, end: m.index + m[0].length, order: first, section: 'assessment' },
    'Index: Monitoring (encounter for), therapeutic drug level; the visit is for the check (IV.A)',
  );
};
