import type { Finding } from '../finding.ts';
import type { GuidelineMeta, GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'current-malignancy',
  section: 'I.C.2.d (primary malignancy previously excised or eradicated) and I.C.2.m (current malignancy versus personal history)',
  decides:
    'A primary malignancy stated as history is coded as current while treatment is still directed to it; one stated with no evidence of disease and no further treatment is personal history (Z85).',
};

/** Primary malignancies of a site (C00-C76, C80.1; not the secondary sites C77-C79 nor the C81-C96 remission codes). */
const primarySolid = /^C(?:[0-6]\d|7[0-6]|80)(?:\.|$)/;

/**
 * Treatment directed to the malignancy now (I.C.2.m: "still receiving treatment, such as adjuvant
 * chemotherapy or radiation therapy" -> current malignancy): a treatment said in the present.
 */
const current =
  /\b(?:currently (?:on|receiving|undergoing|being treated)|still on|undergoing|receiving|on (?:adjuvant|maintenance|active)|(?:adjuvant|maintenance) (?:chemo\w*|radiation|therapy|hormon\w+|endocrine)|(?:chemo\w*|radiation|radiotherapy|immunotherapy|XRT) (?:ongoing|in progress|started|continues|now)|cycle \d+|C\d+D\d+)\b/i;

/** A treatment said as past ("chemotherapy completed", "s/p XRT") is no current treatment. */
const past = /\b(?:completed|finished|s\/p|status post|prior|previous|remote)\b/i;

/** I.C.2.d: "no evidence of any existing primary malignancy" (NED: abbr, "no evidence of disease"). */
const noDisease = /\b(?:NED|no evidence of (?:disease|recurrence|malignancy)|disease[- ]free|no residual disease)\b/;

const treatedNow = (text: string): boolean => {
  const m = current.exec(text);
  return !!m && !past.test(text.slice(Math.max(0, m.index - 25), m.index + m[0].length));
};

/**
 * Runs before history-family.ts (which turns history-status cancers into Z85): a cancer the note
 * calls history while treating it stays current; a cancer stated with no evidence of disease and
 * no treatment now becomes history.
 */
export const currentMalignancy: GuidelineRule = (ctx) => {
  for (const f of ctx.findings) {
    if (f.dropped || !primarySolid.test(f.code)) continue;
    const stmt = f.stmt ?? f;
    const text = ctx.doc.text.slice(stmt.start, stmt.end);
    if (f.status === 'history' && treatedNow(text)) {
      f.status = 'affirmed';
      // The history context's own explanation no longer holds.
      f.why = f.why.filter((w) => !/^personal history, not a current condition$/.test(w));
      f.why.push('ICD-10-CM I.C.2.m: treatment is still directed to the malignancy, so it is coded as current, not as history');
    } else if (f.status === 'affirmed' && noDisease.test(text) && !treatedNow(text)) {
      setHistory(f, 'ICD-10-CM I.C.2.d: no evidence of the malignancy and no treatment directed to it now: personal history (Z85)');
    }
  }
};

function setHistory(f: Finding, why: string): void {
  f.status = 'history';
  f.why.push(why);
}
