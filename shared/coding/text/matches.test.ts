import { describe, expect, it } from 'vitest';
import { matchesOf } from './matches.ts';

describe('matchesOf', () => {
  it.each([
    [/\bHTN\b/g, 'HTN, HTN crisis; no htn'],
    [/\b(?:DM|T2DM)\b/gi, 'T2DM and dm'],
    [/x*/g, 'axxb'],
    [/(?<=a)b/g, 'ab cb ab'],
  ])('gives what matchAll gives for %s', (re, text) => {
    const shape = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, m[0], ...m.slice(1)]);
    expect(shape(matchesOf(re, text))).toEqual(shape([...text.matchAll(re)]));
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => matchesOf(/HTN/, 'HTN')).toThrow(/global/);
  });
});
