import { describe, expect, it } from 'vitest';
import { kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { fallHistory } from './fall-history.ts';
import { active } from './rule.ts';

const run = (text: string) => {
  const ctx = kitContext(standInCodeSets, ['R29.6'], text);
  fallHistory(ctx);
  return active(ctx).map((f) => f.code);
};

describe('fallHistory (I.C.21.c.4, Index: History, personal, fall(s))', () => {
  it.each([
    ['Fall 3 wks ago, at risk for further falls - home safety PT eval', ['Z91.81']],
    ['Single mechanical fall on ice last winter, no injury', ['Z91.81']],
    ['Repeated falls, 3 this month - gait unsteady', ['R29.6']],
    ['Recurrent falls since 02/2025, worsening', ['R29.6']],
  ])('%s -> %j', (text, want) => expect(run(text)).toEqual(want));

  it.each([
    // This visit's fall is coded by its injury (initial encounter): the falls before it are history.
    [
      ['S01.81XA', 'R29.6'],
      ['S01.81XA', 'Z91.81'],
    ],
    [
      ['M80.051A', 'R29.6'],
      ['M80.051A', 'Z91.81'],
    ],
    // An adverse effect or a healing fracture's follow-up is no injury of this visit.
    [
      ['T44.6X5A', 'R29.6'],
      ['T44.6X5A', 'R29.6'],
    ],
    [
      ['S72.001D', 'R29.6'],
      ['S72.001D', 'R29.6'],
    ],
  ])('recurrent falls beside %j -> %j', (codes, want) => {
    const text = 'Laceration, R hip fracture.\nRecurrent falls - 3 falls this yr';
    const ctx = kitContext(standInCodeSets, codes, text);
    ctx.findings[0]!.stmt = { start: 0, end: text.indexOf('\n') };
    ctx.findings[1]!.stmt = { start: text.indexOf('\n') + 1, end: text.length };
    fallHistory(ctx);
    expect(
      active(ctx)
        .map((f) => f.code)
        .sort(),
    ).toEqual([...want].sort());
  });

  it("reads one undated fall beside this visit's injury as its external cause, neither repeated falls nor history", () => {
    const text = "Colles' fracture of left radius.\nFall at home (tripped on rug)";
    const ctx = kitContext(standInCodeSets, ['S52.532A', 'R29.6'], text);
    ctx.findings[0]!.stmt = { start: 0, end: text.indexOf('\n') };
    ctx.findings[1]!.stmt = { start: text.indexOf('\n') + 1, end: text.length };
    fallHistory(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['S52.532A']);
  });

  it("leaves the fall an injury's own statement names to that injury", () => {
    const ctx = kitContext(standInCodeSets, ['S06.5X0A', 'R29.6'], 'Acute traumatic R SDH after mechanical fall, no LOC');
    fallHistory(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['S06.5X0A', 'R29.6']);
  });
});
