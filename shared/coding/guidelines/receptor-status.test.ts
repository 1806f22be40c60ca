import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { receptorStatus } from './receptor-status.ts';

// FY2026 titles (Z17.4 combined receptor status is new that year).
const titles: [string, boolean, string][] = [
  ['C50.412', true, 'Malignant neoplasm of upper-outer quadrant of left female breast'],
  ['Z17.0', true, 'Estrogen receptor positive status [ER+]'],
  ['Z17.1', true, 'Estrogen receptor negative status [ER-]'],
  ['Z17.31', true, 'Human epidermal growth factor receptor 2 positive status'],
  ['Z17.32', true, 'Human epidermal growth factor receptor 2 negative status'],
  ['Z17.410', true, 'Hormone receptor positive with human epidermal growth factor receptor 2 positive status'],
  ['Z17.411', true, 'Hormone receptor positive with human epidermal growth factor receptor 2 negative status'],
  ['Z17.420', true, 'Hormone receptor negative with human epidermal growth factor receptor 2 positive status'],
  ['Z17.421', true, 'Hormone receptor negative with human epidermal growth factor receptor 2 negative status'],
  ['I10', true, 'Essential (primary) hypertension'],
];
const cs = kitCodeSets({ titles });
// A year without the combined codes (before FY2026).
const old = kitCodeSets({ titles: titles.filter(([c]) => !c.startsWith('Z17.4')) });

describe('receptorStatus (Tabular C50, Z17)', () => {
  it.each([
    [['C50.412'], 'L breast IDC, ER+/PR+/HER2-', ['C50.412', 'Z17.411']],
    [['C50.412'], 'Breast cancer, HR+/HER2-neg (IHC 1+)', ['C50.412', 'Z17.411']],
    [['C50.412'], 'Breast cancer, ER 95%, PR 40%, HER2 positive', ['C50.412', 'Z17.410']],
    [['C50.412'], 'Triple negative breast cancer', ['C50.412', 'Z17.421']],
    [['C50.412'], 'Malignant neoplasm of left breast, ER+', ['C50.412', 'Z17.0']],
    [['C50.412'], 'Malignant neoplasm of left breast, ER negative', ['C50.412', 'Z17.1']],
    // HER2 said alone: its own code (Z17.3-).
    [['C50.412'], 'HER2 positive breast cancer', ['C50.412', 'Z17.31']],
    [['C50.412', 'Z17.32'], 'Breast cancer, HER2 negative', ['C50.412', 'Z17.32']],
    // The separate code a statement matched gives way to the combined one.
    [['C50.412', 'Z17.32'], 'Breast cancer, ER+, HER2-', ['C50.412', 'Z17.411']],
    // So does another combination the statement's words reached as a bag.
    [['C50.412', 'Z17.421'], 'Breast cancer, HR+/HER2-', ['C50.412', 'Z17.411']],
    // No breast cancer, or no status said: nothing.
    [['I10'], 'HTN. ER+ visit last week', ['I10']],
    [['C50.412'], 'Breast cancer, receptors pending', ['C50.412']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(runRule(receptorStatus, codes, text, cs)).toEqual(want));

  it('reads the estrogen receptor alone in a year without the combined codes', () => {
    expect(runRule(receptorStatus, ['C50.412'], 'L breast IDC, ER+/PR+/HER2-', old)).toEqual(['C50.412', 'Z17.0']);
  });
});
