import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { ruledOutLater } from './ruled-out-later.ts';

/** The rule over an assessment whose one finding is `code`, its evidence the first `evidence` of the text. */
function run(text: string, evidence: string): string[] {
  const ctx = kitContext(standInCodeSets, ['J18.9'], text);
  const f = ctx.findings[0]!;
  f.start = text.indexOf(evidence);
  f.end = f.start + evidence.length;
  ruledOutLater(ctx);
  return activeCodes(ctx);
}

describe('ruledOutLater (a condition its own item later rules out)', () => {
  it.each([
    // A copied-forward item updated in a later sentence of the same item.
    ['Assessment:\n2. Pneumonia - on ceftriaxone. -> UPDATE: repeat CXR clear; pneumonia ruled out.', 'Pneumonia', []],
    // Another condition ruled out leaves it; so does the next item's "ruled out".
    ['Assessment:\n1. Pneumonia - on ceftriaxone; PE ruled out by CTA.', 'Pneumonia', ['J18.9']],
    ['Assessment:\n1. Pneumonia - on ceftriaxone.\n2. Pneumothorax ruled out.', 'Pneumonia', ['J18.9']],
    ['Assessment:\n1. Pneumonia - on ceftriaxone.\n\nSepsis and pneumonia ruled out on admission.', 'Pneumonia', ['J18.9']],
    // A bare "ruled out" closes the doubt a condition was named with, not a condition stated plainly.
    ['Assessment:\n5. Copied from H&P: "r/o pneumonia" - CXR clear; ruled out.', 'pneumonia', []],
    ['Assessment:\n1. Pneumonia - ACS considered; ruled out.', 'Pneumonia', ['J18.9']],
    // A doubt ("CKD?") its item answers with a plain denial of the same condition; a denial of something about it is none.
    // Another kind of the condition ruled out leaves it ("Gallstone pancreatitis ruled out" beside an alcohol-induced one).
    [
      'Impression:\nAcute alcohol-induced pancreatitis - improving. Gallstone pancreatitis ruled out (US neg).',
      'Acute alcohol-induced pancreatitis',
      ['J18.9'],
    ],
    ['Assessment:\n3. CKD? - eGFR 64, no albuminuria on file; no CKD.', 'CKD', []],
    ['Assessment:\n3. CKD? - eGFR 64; no CKD progression.', 'CKD', ['J18.9']],
    ['Assessment:\n3. CKD - eGFR 40; no CKD-MBD.', 'CKD', ['J18.9']],
  ])('%s', (text, evidence, want) => expect(run(text, evidence)).toEqual(want));
});
