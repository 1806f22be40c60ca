import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { osteoporoticFracture } from './osteoporotic-fracture.ts';

// FY2026 titles of the fractures and of M80.0's site axis.
const cs = kitCodeSets({
  titles: [
    ['S52.532A', true, "Colles' fracture of left radius, initial encounter for closed fracture"],
    ['S72.001A', true, 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture'],
    ['S32.010A', true, 'Wedge compression fracture of first lumbar vertebra, initial encounter for closed fracture'],
    ['M80.032A', true, 'Age-related osteoporosis with current pathological fracture, left forearm, initial encounter for fracture'],
    ['M80.051A', true, 'Age-related osteoporosis with current pathological fracture, right femur, initial encounter for fracture'],
    ['M80.08XA', true, 'Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter for fracture'],
    ['M80.00XA', true, 'Age-related osteoporosis with current pathological fracture, unspecified site, initial encounter for fracture'],
    ['M81.0', true, 'Age-related osteoporosis without current pathological fracture'],
  ],
});
const run = (codes: string[], text: string) => runRule(osteoporoticFracture, codes, text, cs);

describe('osteoporoticFracture (I.C.13.d.2)', () => {
  it.each([
    [['S52.532A'], 'Colles fracture L distal radius - fragility fracture in pt w/ known osteoporosis', ['M80.032A']],
    [['S72.001A', 'M81.0'], 'R femoral neck fracture after ground-level fall', ['M80.051A', 'M81.0']],
    [['S32.010A', 'M80.00XA'], 'L1 compression fracture, osteoporotic, minimal trauma', ['M80.08XA']],
    // Major trauma keeps the injury code; no documented osteoporosis keeps it too.
    [['S72.001A', 'M81.0'], 'R femoral neck fracture in MVC', ['S72.001A', 'M81.0']],
    [['S52.532A'], 'Colles fracture L distal radius after ground-level fall', ['S52.532A']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('osteoporoticFracture: the site its own statement names (real code sets)', () => {
  const icd = icdCodesOfOfficeNote();
  it.each([
    // Index: Osteoporosis, age-related, with current pathologic fracture M80.00; Tabular M80.0 site and side axes,
    // the bone read as the Index's "Fracture" path reads it ("femoral neck": femur).
    ['L femoral neck fragility fracture (age-related osteoporosis) s/p hemiarthroplasty', 'M80.052A'],
    ['Osteoporosis with pathological fracture of R distal radius', 'M80.031A'],
    ['Osteoporotic fracture, L1 vertebra', 'M80.08XA'],
    // No bone named: the unspecified site stands.
    ['Osteoporosis with pathological fracture', 'M80.00XA'],
  ])('%s -> %s', (item, want) => expect(icd(`Assessment:\n1. ${item}\n`)).toContain(want));
});
