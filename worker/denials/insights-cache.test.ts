import { describe, expect, it } from 'vitest';
import type { StoredDenial } from '../../shared/contracts/denial-record.ts';
import type { InsightRows } from '../store/denial-store.ts';
import type { Store } from '../store/store.ts';
import { InsightsCache } from './insights-cache.ts';

const denial = (id: string, over: Partial<StoredDenial> = {}): StoredDenial => ({
  id,
  claimKey: null,
  payer: 'Acme PPO',
  codes: ['99214'],
  modifiers: [],
  carc: ['97'],
  rarc: [],
  origin: 'coding',
  deniedOn: '2026-10-01',
  outcome: null,
  amount: 10,
  createdBy: 'm',
  updatedAt: 't',
  ...over,
});

/** A store that answers `insightRowsSince` from a log of revisions, recording each call. */
function fakeStore(log: Map<string, InsightRows[]>) {
  const calls: [string, number][] = [];
  const store = {
    async insightRowsSince(teamId: string, since: number): Promise<InsightRows> {
      calls.push([teamId, since]);
      const revs = (log.get(teamId) ?? []).filter((r) => r.rev > since);
      return { rev: revs.at(-1)?.rev ?? since, denials: revs.flatMap((r) => r.denials), decisions: revs.flatMap((r) => r.decisions) };
    },
  } as unknown as Store;
  return { store, calls };
}

describe('insights cache', () => {
  it('reads only what changed since its revision and applies updates in place', async () => {
    const log = new Map<string, InsightRows[]>([['t1', [{ rev: 1, denials: [denial('a'), denial('b', { payer: 'medicare' })], decisions: [] }]]]);
    const { store, calls } = fakeStore(log);
    const cache = new InsightsCache(store);
    expect((await cache.rows('t1')).denials.map((d) => d.id)).toEqual(['a', 'b']);
    log.get('t1')!.push({
      rev: 2,
      denials: [denial('a', { outcome: 'upheld' }), denial('c', { payer: 'Medicare', assignee: 'Bill' })],
      decisions: [{ id: 'x', coderId: 'c1', coder: 'Cora', decision: 'accepted', at: '2026-10-02' }],
    });
    const rows = await cache.rows('t1');
    expect(calls).toEqual([
      ['t1', 0],
      ['t1', 1],
    ]);
    expect(rows.denials.map((d) => `${d.id}:${d.outcome ?? 'open'}`)).toEqual(['a:upheld', 'b:open', 'c:open']);
    expect(rows.decisions).toHaveLength(1);
    // One entry per payer whatever its spelling; people are assignees and coders.
    expect(rows.options).toEqual({ payers: ['Acme PPO', 'Medicare'], people: ['Bill', 'Cora'] });
  });

  it('shares one catch-up among concurrent requests of a team', async () => {
    const { store, calls } = fakeStore(new Map([['t1', [{ rev: 1, denials: [denial('a')], decisions: [] }]]]));
    const cache = new InsightsCache(store);
    await Promise.all([cache.rows('t1'), cache.rows('t1'), cache.rows('t1')]);
    expect(calls).toHaveLength(1);
  });

  it('drops the least recently used teams past its row budget', async () => {
    const log = new Map(['t1', 't2', 't3'].map((t) => [t, [{ rev: 1, denials: [denial(`${t}a`), denial(`${t}b`)], decisions: [] }]]));
    const { store, calls } = fakeStore(log);
    const cache = new InsightsCache(store, 4);
    await cache.rows('t1');
    await cache.rows('t2');
    await cache.rows('t1'); // t1 is now the most recent
    await cache.rows('t3'); // six rows: t2 goes
    calls.length = 0;
    await cache.rows('t1');
    await cache.rows('t2');
    expect(calls).toEqual([
      ['t1', 1],
      ['t2', 0],
    ]);
  });
});
