import { describe, expect, it } from 'vitest';
import { kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { futureScreening } from './future-screening.ts';
import { active } from './rule.ts';

const run = (text: string, source: 'title' | 'rule' = 'title') => {
  const ctx = kitContext(standInCodeSets, ['Z12.2', 'J44.9'], text);
  ctx.findings[0]!.source = source;
  futureScreening(ctx);
  return active(ctx).map((f) => f.code);
};

describe('futureScreening (I.C.21.c.12)', () => {
  it.each([
    ['Former smoker - annual LDCT lung cancer screening, next due 03/2026 - ordered.', ['J44.9']],
    ['Screening mammogram - referral placed', ['J44.9']],
    ['Lung cancer screening LDCT performed today, Lung-RADS 2', ['Z12.2', 'J44.9']],
  ])('%s -> %j', (text, want) => expect(run(text)).toEqual(want));

  it('leaves the encounter reason the note names (encounter-reason.ts) alone', () => {
    expect(run('Screening colonoscopy - next in 10 years', 'rule')).toEqual(['Z12.2', 'J44.9']);
  });
});
