import { describe, expect, it } from 'vitest';
import { kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { liveborn } from './liveborn.ts';
import { active } from './rule.ts';

describe('liveborn (I.C.16.a.2)', () => {
  it.each([
    ['office', ['P59.3']],
    ['urgent-care', ['P59.3']],
    ['inpatient-progress', ['Z38.00', 'P59.3']],
  ] as const)('%s -> %j', (setting, want) => {
    const ctx = kitContext(standInCodeSets, ['Z38.00', 'P59.3'], '', { setting });
    liveborn(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });
});
