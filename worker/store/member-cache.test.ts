import { describe, expect, it } from 'vitest';
import { MemberCache } from './member-cache.ts';

const m = { id: 'm1', teamId: 't1', name: 'A', role: 'coder' as const };

describe('MemberCache', () => {
  it('answers from the cache within the TTL and reloads after clear()', async () => {
    const cache = new MemberCache(60_000);
    let loads = 0;
    const load = () => (loads++, m);
    await cache.get('h', load);
    await cache.get('h', load);
    expect(loads).toBe(1);
    cache.clear();
    await cache.get('h', load);
    expect(loads).toBe(2);
  });

  it('never caches a miss, so a new token works at once and guesses do not fill it', async () => {
    const cache = new MemberCache(60_000);
    let known = false;
    expect(await cache.get('h', () => (known ? m : null))).toBeNull();
    known = true;
    expect(await cache.get('h', () => (known ? m : null))).toEqual(m);
  });

  it('reloads after the TTL', async () => {
    const cache = new MemberCache(0);
    let loads = 0;
    await cache.get('h', () => (loads++, m));
    await cache.get('h', () => (loads++, m));
    expect(loads).toBe(2);
  });
});
