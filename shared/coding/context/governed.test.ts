import { describe, expect, it } from 'vitest';
import { governedParts } from './governed.ts';

const parts = (text: string, setting: 'office' | 'inpatient-progress' = 'office') =>
  governedParts(text, 0, text.length, setting).map(([a, b]) => text.slice(a, b).trim());

describe('governedParts (ConText scope within a statement)', () => {
  it.each([
    ['Gastroenteritis, likely viral', ['likely viral']],
    ['Sepsis ruled out, influenza A', ['Sepsis ruled out']],
    ['T2DM, h/o DKA', ['h/o DKA']],
    ['Chest pain - possible GERD', ['possible GERD']],
    // A history cue governs forward: the words before it stay the present condition (I.C.13.d.1).
    ['Age-related osteoporosis w/ h/o fragility vertebral fx', ['h/o fragility vertebral fx']],
    ['Hypertension with history of breast cancer', ['history of breast cancer']],
    // "s/p" names the procedure the condition follows ("postprocedural hypothyroidism").
    ['Hypothyroidism s/p RAI for Graves', []],
    // The whole statement governed: the finding's own context decides (assess.ts).
    ['Possible pneumonia', []],
    ['Diabetes, type 2, without complications', []],
  ])('%s -> %j', (text, want) => expect(parts(text)).toEqual(want));

  it('reads an uncertain part as the diagnosis in the inpatient setting (II.H)', () => {
    expect(parts('Gastroenteritis, likely viral', 'inpatient-progress')).toEqual([]);
  });
});
