import { describe, expect, it } from 'vitest';
import { runDrugRules } from '../../../test/support/drug-kit.ts';
import { sequencing } from './sequencing.ts';
import { underdosing } from './underdosing.ts';

const run = (items: string) => runDrugRules([underdosing, sequencing], `Assessment:\n${items}\n`, 'office');

describe('underdosing (I.C.19.e.5.c): Table of Drugs Underdosing column, noncompliance code by the reason', () => {
  it.each([
    // Index: Underdosing, intentional NEC Z91.128 / due to financial hardship Z91.120.
    ["1. Underdosing of sertraline - self-discontinued (felt it wasn't helping)", ['T43.226A', 'Z91.128']],
    ['1. Ran out of metoprolol - could not afford refills', ['T44.7X6A', 'Z91.120']],
    // Index: Underdosing, unintentional NEC Z91.138 / due to age related debility Z91.130.
    ['1. Missed doses of metoprolol - forgot', ['T44.7X6A', 'Z91.138']],
    ['1. Metoprolol missed most days - forgets', ['T44.7X6A', 'Z91.138']],
    // Rationing a drug is taking less of it than prescribed.
    ['1. Rationing metoprolol d/t cost', ['T44.7X6A', 'Z91.120']],
    ['1. Missed doses of metoprolol due to age-related debility', ['T44.7X6A', 'Z91.130']],
    // The drug inside the cue's words.
    ['1. Syncope 2/2 missed metoprolol doses, forgot', ['T44.7X6A', 'Z91.138']],
    // Intent not documented: the underdosing alone (the noncompliance code is "to indicate intent, if known").
    ['1. Not taking metoprolol', ['T44.7X6A']],
    // Index: Noncompliance, with, medication regimen, underdosing Z91.14 (FY2024: Z91.148).
    ['1. Noncompliant with metoprolol', ['T44.7X6A', 'Z91.148']],
    // A venom has no Underdosing column; a drug merely held by the prescriber is no underdosing.
    ['1. Metoprolol held for bradycardia', []],
    // A "nonadherent dressing" is a product.
    ['1. Burn R palm - silver sulfadiazine with nonadherent dressing', []],
  ])('%s -> %j', (items, want) => {
    expect(run(items).filter((c) => /^[TZ]/.test(c))).toEqual(want);
  });

  it('codes the relapsed condition first, then the underdosing and its noncompliance code', () => {
    const codes = run('1. Underdosing of sertraline - stopped taking it on her own\n2. Major depressive disorder, recurrent severe without psychotic features');
    expect(codes).toEqual(['F33.2', 'T43.226A', 'Z91.128']);
  });
});
