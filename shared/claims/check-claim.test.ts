import { describe, expect, it } from 'vitest';
import { checkClaim } from './check-claim.ts';
import { claimOf, fakeCodeSets } from '../../test/support/claim-kit.ts';
import type { Rule } from './rule.ts';

const meta = (id: string): Rule['meta'] => ({ id, title: id, severity: 'error', carc: '16', description: id, source: `src ${id}` });

describe('checkClaim', () => {
  it('fills rule, severity, carc and source from meta, and lets a finding override them', () => {
    const a: Rule = { meta: meta('a'), check: (c) => c.report({ field: 'x', message: 'm', fix: 'f' }) };
    const b: Rule = { meta: meta('b'), check: (c) => c.report({ field: 'y', message: 'm', fix: 'f', carc: '27', severity: 'warning', source: 's' }) };
    const flags = checkClaim({ claim: claimOf() }, { codeSets: fakeCodeSets() }, [a, b]);
    expect(flags).toEqual([
      { rule: 'a', severity: 'error', field: 'x', carc: '16', message: 'm', fix: 'f', source: 'src a' },
      { rule: 'b', severity: 'warning', field: 'y', carc: '27', message: 'm', fix: 'f', source: 's' },
    ]);
  });
  it('turns a throwing rule into an info flag and keeps running the others', () => {
    const boom: Rule = {
      meta: meta('boom'),
      check: () => {
        throw new Error('bad data');
      },
    };
    const ok: Rule = { meta: meta('ok'), check: (c) => c.report({ field: 'z', message: 'm', fix: 'f' }) };
    const flags = checkClaim({ claim: claimOf() }, { codeSets: fakeCodeSets() }, [boom, ok]);
    expect(flags.map((f) => [f.rule, f.severity])).toEqual([
      ['boom', 'info'],
      ['ok', 'error'],
    ]);
    expect(flags[0]!.message).toContain('bad data');
  });
  it('a clean claim raises nothing with all rules', () => {
    expect(checkClaim({ claim: claimOf() }, { codeSets: fakeCodeSets() })).toEqual([]);
  });
});
