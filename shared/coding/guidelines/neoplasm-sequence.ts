import type { GuidelineMeta, GuidelineRule } from './rule.ts';
import { active } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'neoplasm-sequence',
  section: 'I.C.2.a-b (treatment directed at the malignancy; primary with metastasis) and I.C.2.l',
  decides: 'A primary malignancy is listed before its metastatic sites, unless the statement of a metastasis says treatment is directed at it alone.',
};

/** Secondary sites (C77-C79): the Table's Malignant Secondary column. */
const secondary = /^C7[789]/;
/** A primary malignancy of a site or of blood and lymph tissue (C00-C76, C80-C96). */
const primary = /^C(?:[0-6]\d|7[0-6]|8\d|9[0-6])/;

/**
 * I.C.2.b: "when ... treatment is directed toward the secondary site only, the secondary neoplasm is
 * designated as the principal diagnosis": a treatment named in the metastasis's own statement.
 */
const treatedHere = /\b(?:radiation|radiotherapy|SBRT|SRS|XRT|resection|excision|excised|surgery|ablation|palliative|embolization|decompression|fixation)\b/i;

export const neoplasmSequence: GuidelineRule = (ctx) => {
  const list = active(ctx).filter((f) => f.recommended !== false);
  const lead = list.filter((f) => /^C/.test(f.code)).sort((a, b) => a.order - b.order || a.start - b.start)[0];
  if (!lead || !secondary.test(lead.code)) return;
  const stmt = lead.stmt ?? lead;
  if (treatedHere.test(ctx.doc.text.slice(stmt.start, stmt.end))) return;
  const prim = list.filter((f) => primary.test(f.code)).sort((a, b) => a.order - b.order || a.start - b.start)[0];
  if (!prim || prim.order < lead.order || (prim.order === lead.order && prim.start < lead.start)) return;
  prim.order = lead.order - 0.5;
  prim.why.push('ICD-10-CM I.C.2.b: the primary malignancy is listed before its metastatic sites (no treatment is directed at the metastasis alone)');
};
