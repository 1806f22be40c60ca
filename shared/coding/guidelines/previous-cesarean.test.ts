import { describe, expect, it } from 'vitest';
import { kitContext } from '../../../test/support/coding-kit.ts';
import { builtCodeSets, codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import { previousCesareanDelivery } from './previous-cesarean.ts';
import { active } from './rule.ts';

// Against the compiled official files: Index "Cesarean delivery, previous, affecting management of pregnancy".
describe.skipIf(!codeSetsBuilt)('previousCesareanDelivery (I.C.15.a.1)', () => {
  const cs = builtCodeSets();
  const run = (text: string, sex: 'F' | 'M' = 'F') => {
    const ctx = kitContext(cs(), [], text, { patient: { sex, age: 31 } });
    previousCesareanDelivery(ctx);
    return active(ctx).map((f) => f.code);
  };
  const main = 'Cesarean delivery, previous, affecting management of pregnancy';

  it.each([
    ['G2P1 at 24w1d.\nAssessment:\n1. History of low transverse cesarean - planning TOLAC', [main, 'low transverse scar']],
    ['G2P1 at 24w1d.\nAssessment:\n1. Previous LTCS, desires TOLAC', [main, 'low transverse scar']],
    ['G3P2 at 26w.\nAssessment:\n1. Hx C-section x1, low transverse', [main, 'low transverse scar']],
    ['G2P1 at 30w2d.\nAssessment:\n1. Prior cesarean, classical incision', [main, 'classical scar']],
    ['G2P1 at 30w2d.\nAssessment:\n1. Prior cesarean', [main]],
  ])('%j -> Index %j', (text, path) => {
    const want = indexCode(cs(), path);
    expect(want).toBeDefined();
    expect(run(text)).toEqual([want]);
  });

  it.each([
    // No current pregnancy, a man, or a cesarean that is not a previous one: nothing.
    ['Assessment:\n1. History of low transverse cesarean 2019'],
    ['G2P1 at 24w1d.\nAssessment:\n1. Cesarean planned at 39 weeks'],
  ])('%j -> nothing', (text) => expect(run(text)).toEqual([]));
});
