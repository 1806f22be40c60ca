import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { active } from './rule.ts';
import { tobaccoProduct } from './tobacco-product.ts';

// Titles as the FY2026 tabular has them.
const cs = kitCodeSets({
  titles: [
    ['F17.200', true, 'Nicotine dependence, unspecified, uncomplicated'],
    ['F17.203', true, 'Nicotine dependence unspecified, with withdrawal'],
    ['F17.210', true, 'Nicotine dependence, cigarettes, uncomplicated'],
    ['F17.213', true, 'Nicotine dependence, cigarettes, with withdrawal'],
    ['F17.220', true, 'Nicotine dependence, chewing tobacco, uncomplicated'],
    ['F17.290', true, 'Nicotine dependence, other tobacco product, uncomplicated'],
    ['Z72.0', true, 'Tobacco use'],
  ],
});

const run = (code: string, text: string) => {
  const ctx = kitContext(cs, [code], text);
  tobaccoProduct(ctx);
  return active(ctx).map((f) => f.code);
};

describe('tobaccoProduct (I.B.18, Tabular F17.2- by product)', () => {
  it.each([
    ['F17.200', 'SH: smokes 1 ppd x 30 yrs.\nA/P: 5. Tobacco use disorder - nicotine patch 21 mg.', ['F17.210']],
    ['F17.203', 'Social: cigarettes, half a pack daily.\nA/P: Nicotine withdrawal - patch.', ['F17.213']],
    ['F17.200', 'Uses chewing tobacco daily.\nA/P: Tobacco dependence - counseled.', ['F17.220']],
    ['F17.200', 'Vapes daily.\nA/P: Nicotine dependence - counseled.', ['F17.290']],
    // No product, two products, or a relative's habit: the code stays.
    ['F17.200', 'A/P: Tobacco dependence - patch.', ['F17.200']],
    ['F17.200', 'Smokes cigarettes and cigars.\nA/P: Tobacco dependence.', ['F17.200']],
    ['F17.200', 'FHx: father smoked 2 ppd.\nA/P: Tobacco dependence.', ['F17.200']],
    // Index: Smoker - see Dependence, drug, nicotine: tobacco used as cigarettes now is a smoker's dependence; Z72.0 is
    // tobacco use NOS. Not when the line is a past or a relative's habit, or another product is named too.
    ['Z72.0', 'A/P: Tobacco use - 1 ppd cigarettes.', ['F17.210']],
    ['Z72.0', 'SH: smokes 1/2 ppd.\nA/P: Tobacco use - counseled.', ['F17.210']],
    ['Z72.0', 'A/P: Tobacco use - counseled.', ['Z72.0']],
    ['Z72.0', 'SH: 1 ppd x 20 yrs, quit 2015.\nA/P: Tobacco use.', ['Z72.0']],
    ['Z72.0', 'SH: mother smokes 1 ppd.\nA/P: Tobacco use.', ['Z72.0']],
    ['Z72.0', 'SH: cigarettes and chewing tobacco.\nA/P: Tobacco use.', ['Z72.0']],
  ])('%s with %j -> %j', (code, text, want) => expect(run(code, text)).toEqual(want));
});
