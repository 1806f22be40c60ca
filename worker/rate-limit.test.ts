import { describe, expect, it } from 'vitest';
import { Buckets } from './rate-limit.ts';

describe('Buckets', () => {
  it('allows the burst, then the rate, per key', () => {
    const b = new Buckets({ rate: 2, burst: 3 });
    const t = 1_000_000;
    expect([b.take('a', t), b.take('a', t), b.take('a', t)]).toEqual([0, 0, 0]);
    expect(b.take('a', t)).toBeGreaterThan(0);
    expect(b.take('b', t)).toBe(0); // another member has its own budget
    expect(b.take('a', t + 500)).toBe(0); // half a second at 2/s refills one
    expect(b.take('a', t + 500)).toBeGreaterThan(0);
  });

  it('says how long to wait', () => {
    const b = new Buckets({ rate: 0.5, burst: 1 });
    b.take('a', 0);
    expect(b.take('a', 0)).toBe(2);
  });
});
