import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { kitContext } from '../../../test/support/coding-kit.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { goutSite } from './gout-site.ts';
import { active } from './rule.ts';

// Against the compiled official files: Index "Gout, idiopathic, <site>", Tabular M10.0 / M1A.0.
let cs: CodeSets;
const run = (statement: string, code: string) => {
  const text = `Assessment:\n1. ${statement}`;
  const ctx = kitContext(cs, [code], text);
  const f = ctx.findings[0]!;
  f.stmt = { start: text.indexOf(statement), end: text.length };
  f.section = 'assessment';
  goutSite(ctx);
  return active(ctx).map((x) => x.code);
};

describe.skipIf(!codeSetsBuilt)('goutSite (Tabular M10.0 primary gout; I.B.18 site documented)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each([
    ['Acute gout flare, right knee', 'M10.9', ['M10.061']],
    ['Gout flare, L first MTP', 'M10.9', ['M10.072']],
    // No bilateral code: each side (I.B.13).
    ['Gout flare, both knees', 'M10.9', ['M10.061', 'M10.062']],
    ['Chronic gout of left great toe with tophi', 'M1A.9XX1', ['M1A.0721']],
    // A cause said is secondary gout (M10.1-M10.4), not primary.
    ['Gout flare, right knee - on furosemide', 'M10.9', ['M10.9']],
    // No site said: the unspecified code stands.
    ['Gout - on allopurinol, uric acid 5.8', 'M10.9', ['M10.9']],
  ])('%s (%s) -> %j', (statement, code, want) => expect(run(statement, code)).toEqual(want));
});
