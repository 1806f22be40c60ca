import type { Context } from 'hono';

export interface RateLimit {
  /** Sustained requests per second. */
  rate: number;
  /** Requests allowed at once before the rate applies. */
  burst: number;
}

export interface Limits {
  member: RateLimit | null;
  anonymous: RateLimit | null;
  /** Concurrent live (SSE) streams one member may hold. */
  streamsPerMember: number;
  /** How often a live stream sends a keep-alive and re-checks its token. */
  heartbeatMs: number;
}

export const defaultLimits: Limits = {
  member: { rate: 20, burst: 100 },
  anonymous: { rate: 1, burst: 10 },
  streamsPerMember: 5,
  heartbeatMs: 15_000,
};

/** Token buckets in memory, per instance; idle buckets are swept so the map stays small. */
export class Buckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = Date.now();

  constructor(private readonly limit: RateLimit) {}

  /** Returns 0 when allowed, else the seconds to wait. */
  take(key: string, at = Date.now()): number {
    if (at - this.lastSweep > 60_000) this.sweep(at);
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((at - b.at) / 1000) * this.limit.rate);
    b.at = at;
    this.buckets.set(key, b);
    if (b.tokens < 1) return Math.ceil((1 - b.tokens) / this.limit.rate);
    b.tokens -= 1;
    return 0;
  }

  private sweep(at: number): void {
    this.lastSweep = at;
    const full = (this.limit.burst / this.limit.rate) * 1000;
    for (const [k, b] of this.buckets) if (at - b.at > full) this.buckets.delete(k);
  }
}

export function tooMany(c: Context, wait: number) {
  c.header('Retry-After', String(wait));
  return c.json({ error: `rate limit exceeded; retry in ${wait} s` }, 429);
}

/** The peer address: the socket on Node, Cloudflare's header on Workers, else one shared bucket. */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? c.req.header('cf-connecting-ip') ?? 'unknown';
}
