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
});
