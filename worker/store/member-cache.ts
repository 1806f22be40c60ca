import type { Member } from './store.ts';

/**
 * Every request looks its token up; a short cache spares that query. Only hits are kept (so
 * guessing tokens cannot fill it), a local revocation clears it at once, and PostgreSQL
 * instances clear each other's over NOTIFY, so the TTL only bounds a missed notice.
 */
export class MemberCache {
  private readonly entries = new Map<string, { member: Member; at: number }>();

  constructor(
    private readonly ttlMs = 1000,
    private readonly max = 10_000,
  ) {}

  async get(tokenHash: string, load: () => Promise<Member | null> | Member | null): Promise<Member | null> {
    const t = Date.now();
    const hit = this.entries.get(tokenHash);
    if (hit && t - hit.at < this.ttlMs) return hit.member;
    const member = await load();
    if (this.entries.size >= this.max) this.entries.clear();
    if (member) this.entries.set(tokenHash, { member, at: t });
    else this.entries.delete(tokenHash);
    return member;
  }

  clear(): void {
    this.entries.clear();
  }
}
