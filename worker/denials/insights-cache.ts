import type { StoredDenial } from '../../shared/contracts/denial-record.ts';
import { type InsightRows, payerNorm, type StoredDecision } from '../store/denial-store.ts';
import type { Store } from '../store/store.ts';

interface TeamRows {
  rev: number;
  denials: StoredDenial[];
  decisions: StoredDecision[];
  denialAt: Map<string, number>;
  size: number;
  /** Payer spellings and their counts by normalized name, and people (assignees and coders): the page's filter choices. */
  payers: Map<string, Map<string, number>>;
  people: Set<string>;
  options: { payers: string[]; people: string[] } | null;
}

export interface CachedRows {
  denials: StoredDenial[];
  decisions: StoredDecision[];
  options: { payers: string[]; people: string[] };
}

/**
 * Each instance keeps a team's denial records and decisions in memory and, on every request,
 * reads only the rows written since its revision (an index probe that usually finds nothing).
 * Insights are then one pass over an array: a SQL GROUP BY over 100,000 rows was too slow on
 * SQLite, and this stays correct with several instances on one PostgreSQL. Teams are evicted
 * least recently used once the instance holds more than `maxRows`.
 */
export class InsightsCache {
  private teams = new Map<string, TeamRows>();
  private pending = new Map<string, Promise<TeamRows>>();
  constructor(
    private readonly store: Store,
    private readonly maxRows = 1_000_000,
  ) {}

  async rows(teamId: string): Promise<CachedRows> {
    // Concurrent requests of one team share one catch-up read.
    let p = this.pending.get(teamId);
    if (!p) {
      p = this.refresh(teamId).finally(() => this.pending.delete(teamId));
      this.pending.set(teamId, p);
    }
    const t = await p;
    const byName = (a: string, b: string) => a.localeCompare(b);
    t.options ??= { payers: [...t.payers.values()].map(usualSpelling).sort(byName), people: [...t.people].sort(byName) };
    return { denials: t.denials, decisions: t.decisions, options: t.options };
  }

  private async refresh(teamId: string): Promise<TeamRows> {
    const t = this.teams.get(teamId) ?? {
      rev: 0,
      denials: [],
      decisions: [],
      denialAt: new Map(),
      size: 0,
      payers: new Map(),
      people: new Set(),
      options: null,
    };
    const fresh = await this.store.insightRowsSince(teamId, t.rev);
    if (fresh.rev > t.rev) merge(t, fresh);
    this.teams.delete(teamId); // re-insert: most recently used last
    this.teams.set(teamId, t);
    this.evict();
    return t;
  }

  private evict() {
    let total = 0;
    for (const t of this.teams.values()) total += t.size;
    for (const [id, t] of this.teams) {
      if (total <= this.maxRows || this.teams.size === 1) break;
      this.teams.delete(id);
      total -= t.size;
    }
  }
}

function merge(t: TeamRows, fresh: InsightRows) {
  // Denials change in place (outcome, assignee); decisions are only ever added, each once.
  for (const d of fresh.denials) {
    const at = t.denialAt.get(d.id);
    if (at === undefined) {
      t.denialAt.set(d.id, t.denials.length);
      t.denials.push(d);
      const norm = payerNorm(d.payer);
      const spellings = t.payers.get(norm) ?? new Map<string, number>();
      t.payers.set(norm, spellings.set(d.payer, (spellings.get(d.payer) ?? 0) + 1));
    } else t.denials[at] = d;
    if (d.assignee) t.people.add(d.assignee);
  }
  for (const d of fresh.decisions) {
    t.decisions.push(d);
    t.people.add(d.coder);
  }
  t.options = null;
  t.rev = fresh.rev;
  t.size = t.denials.length + t.decisions.length;
}

/** The spelling most records use (ties: the first in code-point order, so every instance agrees). */
function usualSpelling(spellings: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [s, n] of spellings) if (n > most || (n === most && s < best)) [best, most] = [s, n];
  return best;
}
