import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { active } from './rule.ts';
import { unqualifiedPain } from './unqualified-pain.ts';

const cs = kitCodeSets({ titles: [['R52', true, 'Pain, unspecified']] });

describe('unqualifiedPain (I.B.18; Index "Pain(s)" R52)', () => {
  it.each([
    ['Pain, generalized, since the fall.', true],
    ['New pain all over.', true],
    ['Generalized pain.', true],
    // A qualifier the statement was not read as, a score, a plan label.
    ['R patellofemoral pain syndrome.', false],
    ['Tolerated well; pain 6/10 -> 2/10 at 10 min.', false],
    ['Pain: ibuprofen 600 mg q6h PRN.', false],
    ['Pain control with oxycodone.', false],
  ])('%s -> R52 kept: %s', (text, kept) => {
    const ctx = kitContext(cs, ['R52'], text);
    const at = text.search(/\bpain\b/i);
    Object.assign(ctx.findings[0]!, { start: at, end: at + 4 });
    unqualifiedPain(ctx);
    expect(active(ctx).length === 1).toBe(kept);
  });
});
