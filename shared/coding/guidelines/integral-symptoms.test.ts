import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../test-kit.ts';
import { integralSymptoms } from './integral-symptoms.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({ titles: [['J02.0', true, 'Streptococcal pharyngitis'], ['R50.9', true, 'Fever, unspecified'], ['R05.1', true, 'Acute cough']] });

describe('integralSymptoms (I.B.5)', () => {
  it('drops a symptom found in the same statement as a definitive diagnosis', () => {
    const ctx = kitContext(cs, ['J02.0', 'R50.9'], 'Strep pharyngitis with fever');
    ctx.findings[1]!.order = ctx.findings[0]!.order;
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['J02.0']);
    expect(ctx.findings[1]!.dropped?.reason).toBe('integral-symptom');
  });

  it('keeps a symptom stated on its own', () => {
    const ctx = kitContext(cs, ['J02.0', 'R05.1'], 'Strep pharyngitis. Cough.');
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['J02.0', 'R05.1']);
  });
});
