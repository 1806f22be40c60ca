import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { suggest } from '../suggest.ts';
import { severeSepsis } from './severe-sepsis.ts';

/** The rule over an assessment whose one finding is the given code (titled as the stand-in code sets title it). */
function run(code: string, title: string, text: string): string[] {
  const ctx = kitContext(standInCodeSets, [code], text);
  ctx.findings[0]!.title = title;
  severeSepsis(ctx);
  return activeCodes(ctx);
}

describe('severeSepsis (I.C.1.d.1.b, I.C.1.d.2)', () => {
  it.each([
    ['A41.51', 'Sepsis due to Escherichia coli [E. coli]', 'Assessment:\n1. Severe sepsis due to E. coli with AKI. No septic shock.', ['A41.51', 'R65.20']],
    ['A41.9', 'Sepsis, unspecified organism', 'Assessment:\n1. Sepsis with septic shock, on norepinephrine.', ['A41.9', 'R65.21']],
    // Denied, outside the assessment, or with no coded sepsis: nothing added.
    ['A41.9', 'Sepsis, unspecified organism', 'Assessment:\n1. Sepsis, not severe sepsis; no septic shock.', ['A41.9']],
    ['A41.9', 'Sepsis, unspecified organism', 'HPI: r/o severe sepsis on arrival.\nAssessment:\n1. Sepsis, improving.', ['A41.9']],
    ['N39.0', 'Urinary tract infection, site not specified', 'Assessment:\n1. UTI; severe sepsis ruled out.', ['N39.0']],
  ])('%s + "%s" -> %j', (code, title, text, want) => expect(run(code, title, text)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('severeSepsis with no systemic infection coded (real code sets)', () => {
  let cs: CodeSets;
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);
  const icd = (item: string) =>
    suggest({ text: `Assessment:\n1. ${item}\n`, setting: 'inpatient-progress', patient: {} }, cs)
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code);

  it.each([
    // I.C.1.d.1.a: the organism not documented, A41.9 first, then R65.21 (I.C.1.d.2) and the local infection.
    ['Septic shock secondary to LLL pneumonia', ['A41.9', 'R65.21', 'J18.9']],
    // An organism named is the sepsis's own code: the Index's "Sepsis" subterm by organism.
    ['Septic shock, MRSA pneumonia', ['A41.02', 'J15.212', 'R65.21']],
    ['Septic shock d/t Strep pneumoniae bacteremia / RLL pneumonia - pressors off', ['A40.3', 'J13', 'R65.21']],
    ['Hypotension, no septic shock', ['I95.9']],
    // A prior culture's organism is history, not this sepsis's (I.C.1.d.1.a: organism not documented, A41.9).
    ['Severe sepsis due to UTI. Prior cx E. coli, await cx.', ['A41.9', 'N39.0', 'R65.20']],
    ['Severe sepsis due to E. coli UTI', ['A41.51', 'N39.0', 'R65.20']],
    // The bacteremia the shock is due to is the sepsis, by its organism (Index: Bacteremia, with sepsis - see Sepsis; Sepsis, pneumococcal).
    ['Septic shock due to pneumococcal bacteremia, source RLL pneumococcal pneumonia', ['A40.3', 'R65.21', 'J13']],
    ['Septic shock due to Pseudomonas bacteremia', ['A41.52', 'R65.21']],
    // A later item that refers back to the shock ("secondary to septic shock") leaves the organism with the first.
    [
      'Septic shock due to Pseudomonas bacteremia from LLL Pseudomonas pneumonia\n2. AKI with ATN secondary to septic shock',
      ['A41.52', 'J15.1', 'R65.21', 'N17.0'],
    ],
  ])('%s -> %j', (item, want) => expect(icd(item)).toEqual(want));
});
