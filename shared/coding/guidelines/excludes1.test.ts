import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { excludes1 } from './excludes1.ts';
import { active } from './rule.ts';

// Notes as the FY2021 tabular writes them.
const cs = kitCodeSets({
  titles: [
    ['J43.2', true, 'Centrilobular emphysema'],
    ['J44.9', true, 'Chronic obstructive pulmonary disease, unspecified'],
    ['G30.1', true, "Alzheimer's disease with late onset"],
    ['F03.B11', true, 'Unspecified dementia, moderate, with agitation'],
    ['E79.0', true, 'Hyperuricemia without signs of inflammatory arthritis and tophaceous disease'],
    ['M1A.071', false, 'Idiopathic chronic gout, right ankle and foot'],
    ['M1A.0711', true, 'Idiopathic chronic gout, right ankle and foot, with tophus (tophi)'],
    ['I10', true, 'Essential (primary) hypertension'],
    ['E78.5', true, 'Hyperlipidemia, unspecified'],
    ['T43.222A', true, 'Poisoning by selective serotonin reuptake inhibitors, intentional self-harm, initial encounter'],
    ['T42.4X2A', true, 'Poisoning by benzodiazepines, intentional self-harm, initial encounter'],
    ['K81.0', true, 'Acute cholecystitis'],
    ['K80.00', true, 'Calculus of gallbladder with acute cholecystitis without obstruction'],
    ['K80.01', true, 'Calculus of gallbladder with acute cholecystitis with obstruction'],
    ['K80.20', true, 'Calculus of gallbladder without cholecystitis without obstruction'],
    ['K70.3', false, 'Alcoholic cirrhosis of liver'],
    ['K70.30', true, 'Alcoholic cirrhosis of liver without ascites'],
    ['K70.31', true, 'Alcoholic cirrhosis of liver with ascites'],
    ['K74.60', true, 'Unspecified cirrhosis of liver'],
  ],
  notes: {
    J43: { excludes1: ['emphysema with chronic (obstructive) bronchitis (J44.-)'] },
    J44: { excludes1: ['emphysema without chronic bronchitis (J43.-)'] },
    G30: { excludes1: ['senile dementia NOS (F03)'] },
    'E79.0': { excludes1: ['gout (M1A.-, M10.-)'] },
    T43: { excludes1: ['benzodiazepines (T42.4-)'] },
    K81: { excludes1: ['cholecystitis with cholelithiasis (K80.-)'] },
    'K74.60': { excludes1: ['alcoholic cirrhosis (of liver) (K70.3)'] },
  },
});
const run = (codes: string[]) => {
  const ctx = kitContext(cs, codes);
  excludes1(ctx);
  return { kept: active(ctx).map((f) => f.code), queries: ctx.queries.length };
};

describe('excludes1 (I.A.12.a)', () => {
  it.each([
    [['J43.2', 'J44.9'], ['J43.2']],
    [['J44.9', 'J43.2'], ['J43.2']],
    [['M1A.0711', 'E79.0'], ['M1A.0711']],
    // "NOS" excludes only the unqualified condition.
    [
      ['G30.1', 'F03.B11'],
      ['G30.1', 'F03.B11'],
    ],
    [
      ['I10', 'E78.5'],
      ['I10', 'E78.5'],
    ],
    // I.B.9: a code of the target's category naming both conditions is their one code; one that says more is not.
    [['K81.0', 'K80.20'], ['K80.00']],
    [['K74.60', 'K70.30'], ['K70.30']],
    // I.C.19.e.3: each drug of a poisoning by two drugs has its code; a T36-T65 Excludes1 only classifies.
    [
      ['T43.222A', 'T42.4X2A'],
      ['T43.222A', 'T42.4X2A'],
    ],
  ])('%j -> %j', (codes, want) => expect(run(codes).kept).toEqual(want));

  it('queries the provider when it drops one of the pair (the unrelated-conditions exception)', () => {
    expect(run(['J43.2', 'J44.9']).queries).toBe(1);
    expect(run(['I10', 'E78.5']).queries).toBe(0);
  });
});
