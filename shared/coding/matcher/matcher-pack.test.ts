import { describe, expect, it } from 'vitest';
import { packIndexTree } from '../../codes/index-tree.ts';
import { kitCodeSets, kitIndex, type Kit } from '../../../test/support/coding-kit.ts';
import { packMatcher } from './matcher-pack.ts';
import { codeStatement } from './statement.ts';
import { buildTitleIndex, optionalWords, titleIndex } from './title-index.ts';

// Enough words that a big index group ("infection", > 600 paths) is split on its second word.
const sites = Array.from({ length: 650 }, (_, i) => `site${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const kit: Kit = {
  titles: [
    ['N30.00', true, 'Acute cystitis without hematuria'],
    ['N30.01', true, 'Acute cystitis with hematuria'],
    ['R31.21', true, 'Asymptomatic microscopic hematuria'],
    ['R31.29', true, 'Other microscopic hematuria'],
    ['F51.01', true, 'Primary insomnia'],
    ['G47.00', true, 'Insomnia, unspecified'],
    ['F51.05', true, 'Insomnia due to other mental disorder'],
    ['B99.8', true, 'Other infectious disease'],
  ],
  notes: { 'F51.01': { inclusionTerms: ['Idiopathic insomnia'] } },
  index: [
    { path: ['Hematuria', 'microscopic NEC', 'asymptomatic'], code: 'R31.21' },
    { path: ['Insomnia', 'due to', 'anxiety disorder'], code: 'F51.05', nemod: '(organic)' },
    ...sites.map((s) => ({ path: ['Infection', s], code: 'B99.8' })),
  ],
};
const dos = '2026-01-15';
const statements = [
  'Acute cystitis with hematuria',
  'asymptomatic microscopic hematuria',
  'idiopathic insomnia',
  'insomnia due to anxiety disorder',
  `infection of the ${sites[640]}`,
];

const codes = (cs: ReturnType<typeof kitCodeSets>, text: string) => codeStatement(cs, dos, text, 0, text.length).map((h) => `${h.code} ${h.via} ${h.title}`);
const built = kitCodeSets(kit, { tree: true });
const pack = (k: Kit = kit) => {
  const cs = kitCodeSets(k, { tree: true });
  return packMatcher(cs, dos, buildTitleIndex(cs, dos), optionalWords);
};
/** A restored list holds typed arrays; one built here holds plain arrays. */
const restored = (cs: ReturnType<typeof kitCodeSets>) => {
  const idx = titleIndex(cs, dos);
  idx.phrases.ranges('infection', new Set());
  return { titles: idx.titles.reqAt instanceof Int32Array, index: idx.phrases.list.reqAt instanceof Int32Array };
};

describe('matcher pack', () => {
  it('restores a matcher that codes every statement exactly as one built on the spot', () => {
    const shipped = kitCodeSets(kit, { tree: true, shipped: { matchers: { FY2026: pack() }, indexTree: packIndexTree(kitIndex(kit)) } });
    expect(restored(shipped)).toEqual({ titles: true, index: true });
    for (const s of statements) expect(codes(shipped, s)).toEqual(codes(built, s));
    expect(codes(shipped, 'idiopathic insomnia')[0]).toMatch(/^F5101 inclusion/);
    expect(codes(shipped, `infection of the ${sites[640]}`)[0]).toMatch(/^B998 index /);
  });

  it('is not trusted once titles read differently (an engine or code-set change since the build)', () => {
    const changed: Kit = { ...kit, titles: kit.titles.map(([c, b, t]) => [c, b, c === 'N30.01' ? 'Acute cystitis with gross hematuria' : t]) };
    // Same year and counts, one title reworded: the sample of re-read titles includes it in so small a set.
    const cs = kitCodeSets(changed, { tree: true, shipped: { matchers: { FY2026: pack() } } });
    expect(restored(cs).titles).toBe(false);
    expect(codes(cs, 'acute cystitis with gross hematuria')[0]).toMatch(/^N3001/);
  });

  it('is not used for another year, nor when the bytes are damaged', () => {
    expect(restored(kitCodeSets(kit, { tree: true, shipped: { matchers: { FY2025: pack() } } })).titles).toBe(false);
    const damaged = pack().slice();
    damaged.fill(7, 0, 8);
    const cs = kitCodeSets(kit, { tree: true, shipped: { matchers: { FY2026: damaged } } });
    expect(restored(cs).titles).toBe(false);
    for (const s of statements) expect(codes(cs, s)).toEqual(codes(built, s));
  });

  it('keeps the titles but reads index groups itself when the index changed since the build', () => {
    const moved: Kit = { ...kit, index: [...kit.index!.slice(0, 2), ...sites.map((s) => ({ path: ['Infestation', s], code: 'B99.8' }))] };
    const cs = kitCodeSets(moved, { tree: true, shipped: { matchers: { FY2026: pack() } } });
    expect(restored(cs)).toEqual({ titles: true, index: false });
    expect(codes(cs, `infestation of the ${sites[3]}`)[0]).toMatch(/^B998 index /);
  });
});
