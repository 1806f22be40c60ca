import type { Finding } from '../finding.ts';
import { active, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'family-relevance',
  section: 'I.C.21.c.4 (family history codes)',
  decides:
    "Keeps a family-history code read from outside the assessment only when a plan line or a screening code of the visit addresses the relative's condition.",
};

const relative =
  /\b(?:mother|father|mom|dad|sister|brother|sibling|aunt|uncle|grand\w+|son|daughter|cousin|niece|nephew|family|FHx?|maternal|paternal)\b|\b\w+'s\b/i;
/** Words too general to tie a family history to a screening or a plan line. */
const generic = new Set(['malignant', 'neoplasm', 'cancer', 'encounter', 'screening', 'history', 'family', 'disease', 'disorder', 'other', 'diagnosed']);

/**
 * ICD-10-CM I.C.21.c.4: a family-history code read from outside the assessment (history-family.ts)
 * is recommended only when the visit addresses the relative's condition: a plan sentence names it
 * together with the family ("given sister's early-onset breast cancer, annual screening"), or a
 * screening code of the visit is for it (family history explains the need for the test). The
 * patient's own condition in the plan ("alcohol use disorder, continue AA") is not the brother's.
 * Runs after the encounter-reason rule, which adds the screening codes.
 */
export const familyRelevance: GuidelineRule = (ctx) => {
  const plan = ctx.sections
    .filter((s) => s.kind === 'assessment' || s.kind === 'plan')
    .map((s) => ctx.doc.text.slice(s.start, s.end))
    .join('\n');
  for (const z of active(ctx)) {
    if (!/^Z8[0-4]\./.test(z.code) || z.source !== 'rule' || z.section === 'assessment') continue;
    if (!addressed(ctx, z, plan)) z.recommended = false;
  }
};

function addressed(ctx: RuleContext, z: Finding, plan: string): boolean {
  const words = ctx.doc.text
    .slice(z.start, z.end)
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 4 && !generic.has(w));
  if (words.length === 0) return false;
  if (plan.split(/[.;\n]/).some((line) => relative.test(line) && words.some((w) => line.toLowerCase().includes(w)))) return true;
  return active(ctx).some((o) => /^Z1[23]\./.test(o.code) && words.some((w) => o.title.toLowerCase().includes(w)));
}
