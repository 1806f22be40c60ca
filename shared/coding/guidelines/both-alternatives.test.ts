import { describe, expect, it } from 'vitest';
import { kitCodeSets, runRule } from '../../../test/support/coding-kit.ts';
import { bothAlternatives } from './both-alternatives.ts';

// FY2026 titles of J96.0 (its unspecified subdivision names the two alternatives) and of a category without one.
const cs = kitCodeSets({
  titles: [
    ['J96.00', true, 'Acute respiratory failure, unspecified whether with hypoxia or hypercapnia'],
    ['J96.01', true, 'Acute respiratory failure with hypoxia'],
    ['J96.02', true, 'Acute respiratory failure with hypercapnia'],
    ['N40.0', true, 'Benign prostatic hyperplasia without lower urinary tract symptoms'],
    ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
  ],
});
const run = (codes: string[], text: string) => runRule(bothAlternatives, codes, text, cs);

describe('bothAlternatives (I.B.10)', () => {
  it.each([
    [['J96.01'], 'Acute hypoxic and hypercapnic respiratory failure', ['J96.01', 'J96.02']],
    // In the order the statement names them.
    [['J96.02'], 'Acute hypoxic and hypercapnic respiratory failure', ['J96.01', 'J96.02']],
    [['J96.02'], 'Acute respiratory failure with hypercapnia and hypoxia', ['J96.02', 'J96.01']],
    // One alternative documented: one code.
    [['J96.01'], 'Acute hypoxic respiratory failure', ['J96.01']],
    // A category without an "unspecified whether with A or B" subdivision has no alternatives to pair.
    [['N40.0'], 'BPH with and without lower urinary tract symptoms', ['N40.0']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
