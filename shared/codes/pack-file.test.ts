import { describe, expect, it } from 'vitest';
import { readPack, writePack } from './pack-file.ts';

describe('binary pack file', () => {
  const meta = { format: 1, words: ['asthma', 'café'] };
  const bytes = writePack(meta, {
    ints: Int32Array.from([1, -2, 2 ** 30]),
    floats: Float32Array.from([0.5, 1.25]),
    shorts: Uint16Array.from([7, 65535, 3]),
    raw: Uint8Array.from([1, 2, 3]),
    after: Int32Array.from([42]),
  });

  it('round-trips meta and every section kind, each section aligned', () => {
    const p = readPack(bytes)!;
    expect(p.meta).toEqual(meta);
    expect([...p.ints.get('ints')!]).toEqual([1, -2, 2 ** 30]);
    expect([...p.floats.get('floats')!]).toEqual([0.5, 1.25]);
    expect([...p.shorts.get('shorts')!]).toEqual([7, 65535, 3]);
    expect([...p.bytes.get('raw')!]).toEqual([1, 2, 3]);
    // An odd-length section before it must not misalign the next Int32 view.
    expect([...p.ints.get('after')!]).toEqual([42]);
  });

  it('reads from an unaligned copy (a pooled Node buffer)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect([...readPack(shifted.subarray(1))!.ints.get('ints')!]).toEqual([1, -2, 2 ** 30]);
  });

  it('refuses what is not a pack, or is cut short', () => {
    expect(readPack(new TextEncoder().encode('{"format":1}'))).toBeNull();
    expect(readPack(bytes.subarray(0, bytes.length - 8))).toBeNull();
    expect(readPack(new Uint8Array(3))).toBeNull();
  });
});
