import { describe, expect, it } from 'vitest';
import { Id } from '../contracts/handoff.ts';
import { newClientId } from './ids.ts';

describe('newClientId', () => {
  it('makes UUIDv7 ids the contract accepts, with the time in the first 48 bits', () => {
    const at = Date.UTC(2026, 10, 27, 21, 0, 0, 123);
    const id = newClientId(at);
    expect(Id.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at);
  });

  it('sorts by creation time, so new rows land at the end of an index', () => {
    const ids = [5, 1, 4, 2, 3].map((s) => newClientId(Date.UTC(2026, 0, 1) + s * 1000));
    expect([...ids].sort()).toEqual([1, 2, 3, 4, 5].map((s) => ids[[5, 1, 4, 2, 3].indexOf(s)]));
  });

  it('differs on every call within one millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => newClientId(at))).size).toBe(1000);
  });
});
