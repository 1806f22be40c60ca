import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { bilateral, siteless } from './bilateral.ts';
import { active } from './rule.ts';

// FY2026 titles.
const cs = kitCodeSets({
  titles: [
    ['M17.0', true, 'Bilateral primary osteoarthritis of knee'],
    ['M17.12', true, 'Unilateral primary osteoarthritis, left knee'],
    ['M17.31', true, 'Unilateral post-traumatic osteoarthritis, right knee'],
    ['H40.1131', true, 'Primary open-angle glaucoma, bilateral, mild stage'],
    ['M16.11', true, 'Unilateral primary osteoarthritis, right hip'],
  ],
});
const run = (codes: string[]) => {
  const ctx = kitContext(cs, codes);
  bilateral(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('bilateral (I.B.13)', () => {
  it.each([
    [['M17.0', 'M17.12'], ['M17.0']],
    // Another kind of the condition, or another site, stays.
    [
      ['M17.0', 'M17.31'],
      ['M17.0', 'M17.31'],
    ],
    [
      ['M17.0', 'M16.11'],
      ['M16.11', 'M17.0'],
    ],
  ])('%j -> %j', (codes, want) => expect(run(codes)).toEqual(want));

  it('takes the side words out of a title', () => {
    expect(siteless('Unilateral primary osteoarthritis, left knee')).toBe(siteless('Bilateral primary osteoarthritis of knee'));
  });
});
