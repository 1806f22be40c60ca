import { describe, expect, it } from 'vitest';
import { commonFalsePositives, scoreCodeSets } from './code-set-score.ts';

describe('scoreCodeSets', () => {
  const docs = [
    { gold: ['n44.8', 'r10.9'], predicted: ['N448', 'R1084', 'E119'] },
    { gold: ['i10'], predicted: ['I10', 'I10'] },
  ];

  it.each([
    // strict: N448 and I10 right; R1084 and E119 wrong; R109 missed
    ['strict', { tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 2 / 3 }],
    // category: N44, R10 and I10 right; E11 wrong; nothing missed
    ['category', { tp: 3, fp: 1, fn: 0, precision: 0.75, recall: 1 }],
  ] as const)('%s', (level, want) => {
    const s = scoreCodeSets(docs, level);
    expect(s).toMatchObject({ tp: want.tp, fp: want.fp, fn: want.fn });
    expect(s.precision).toBeCloseTo(want.precision);
    expect(s.recall).toBeCloseTo(want.recall);
    expect(s.f1).toBeCloseTo((2 * want.precision * want.recall) / (want.precision + want.recall));
  });

  it('scores nothing predicted as zero, not as a division by zero', () => {
    expect(scoreCodeSets([{ gold: ['I10'], predicted: [] }], 'strict')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('commonFalsePositives', () => {
  it('counts a wrong code once per document, most frequent first', () => {
    const docs = [
      { gold: ['I10'], predicted: ['Z09', 'Z09', 'I10'] },
      { gold: [], predicted: ['Z09', 'D759'] },
    ];
    expect(commonFalsePositives(docs, 5)).toEqual([
      { code: 'Z09', documents: 2 },
      { code: 'D759', documents: 1 },
    ]);
  });
});
