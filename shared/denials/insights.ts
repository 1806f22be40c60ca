import type { CodingDecision, DenialRecord, Origin, Outcome } from '../contracts/denial-record.ts';

/**
 * Practice insights over plain denial records and coders' decisions: pure, one pass per
 * question, no sorting of the full set, so the worker can answer over 100,000 records fast.
 */
export interface InsightFilter {
  /** Inclusive YYYY-MM-DD bounds on `deniedOn` (decisions: on `at`). */
  from?: string;
  to?: string;
  payer?: string;
  /** A person: the assignee of a denial, the coder of a decision. */
  person?: string;
}

export interface Tally {
  key: string;
  count: number;
  amount: number;
}
export type AgingBucket = 'overdue' | 'due-7' | 'due-30' | 'later' | 'no-deadline';
export interface CoderAccuracy {
  coder: string;
  accepted: number;
  rejected: number;
  edited: number;
  total: number;
  /** accepted / total: how often the suggestion stood as made. */
  accuracy: number;
}
export interface Insights {
  total: { count: number; amount: number };
  byOrigin: Tally[];
  topCarcs: Tally[];
  topPayers: Tally[];
  byMonth: Tally[];
  atStake: { open: number; openCount: number; recovered: number; writtenOff: number };
  aging: Tally[];
  appeals: Record<Outcome | 'open', number> & { overturnRate: number | null };
  accuracy: { overall: CoderAccuracy; byCoder: CoderAccuracy[] };
}

const dayMs = 86_400_000;
const round = (n: number) => Math.round(n * 100) / 100;
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function recordFilter(f: InsightFilter): (r: DenialRecord) => boolean {
  const payer = f.payer ? norm(f.payer) : null;
  // A practice has a few dozen payer spellings: normalize each once, not once per record.
  const seen = new Map<string, boolean>();
  const payerOk = (p: string) => {
    let ok = seen.get(p);
    if (ok === undefined) seen.set(p, (ok = norm(p) === payer));
    return ok;
  };
  return (r) => (!f.from || r.deniedOn >= f.from) && (!f.to || r.deniedOn <= f.to) && (!payer || payerOk(r.payer)) && (!f.person || r.assignee === f.person);
}
export const filterRecords = (records: DenialRecord[], f: InsightFilter) => records.filter(recordFilter(f));

function add(map: Map<string, Tally>, key: string, amount: number) {
  const t = map.get(key);
  if (t) {
    t.count++;
    t.amount += amount;
  } else map.set(key, { key, count: 1, amount });
}

/** A payer is shown as its most used spelling (ties: alphabetical), whatever the record order. */
function usualSpelling(key: string, spellings: Map<string, number>, keys: Map<string, string>): string {
  let best = key;
  let most = 0;
  for (const [spelling, n] of spellings) {
    if (keys.get(spelling) !== key) continue;
    if (n > most || (n === most && spelling.localeCompare(best) < 0)) [best, most] = [spelling, n];
  }
  return best;
}
/** Top n by count without sorting everything: the maps hold one entry per distinct key. */
const top = (map: Map<string, Tally>, n: number) =>
  [...map.values()]
    .sort((a, b) => b.count - a.count || b.amount - a.amount || a.key.localeCompare(b.key))
    .slice(0, n)
    .map((t) => ({ ...t, amount: round(t.amount) }));

function agingOf(dueDate: string | null | undefined, asOfMs: number): AgingBucket {
  if (!dueDate) return 'no-deadline';
  const days = (Date.parse(`${dueDate}T00:00:00Z`) - asOfMs) / dayMs;
  return days < 0 ? 'overdue' : days <= 7 ? 'due-7' : days <= 30 ? 'due-30' : 'later';
}

export function insights(records: DenialRecord[], decisions: CodingDecision[], f: InsightFilter, asOf: string, topN = 10): Insights {
  const keep = recordFilter(f);
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  // Dates repeat across records: bucket each distinct due date and month once.
  const buckets = new Map<string | null | undefined, AgingBucket>();
  const bucketOf = (d: string | null | undefined) => {
    let b = buckets.get(d);
    if (!b) buckets.set(d, (b = agingOf(d, asOfMs)));
    return b;
  };
  const monthOf = new Map<string, string>();
  const payerKeys = new Map<string, string>();
  const spellings = new Map<string, number>();
  const origin = new Map<string, Tally>(),
    carcs = new Map<string, Tally>(),
    payers = new Map<string, Tally>();
  const months = new Map<string, Tally>(),
    aging = new Map<string, Tally>();
  const appeals = { 'paid-on-appeal': 0, upheld: 0, corrected: 0, 'written-off': 0, open: 0 };
  const stake = { open: 0, openCount: 0, recovered: 0, writtenOff: 0 };
  let count = 0,
    amount = 0;
  for (const r of records) {
    if (!keep(r)) continue;
    count++;
    amount += r.amount;
    add(origin, r.origin, r.amount);
    for (const c of r.carc) add(carcs, c, r.amount);
    // "Medicare" and "medicare " are one payer, as the filter and denial memory read them.
    let payerKey = payerKeys.get(r.payer);
    if (payerKey === undefined) payerKeys.set(r.payer, (payerKey = norm(r.payer)));
    add(payers, payerKey, r.amount);
    spellings.set(r.payer, (spellings.get(r.payer) ?? 0) + 1);
    let month = monthOf.get(r.deniedOn);
    if (!month) monthOf.set(r.deniedOn, (month = r.deniedOn.slice(0, 7)));
    add(months, month, r.amount);
    const outcome = r.outcome ?? 'open';
    appeals[outcome]++;
    if (outcome === 'open') {
      stake.open += r.amount;
      stake.openCount++;
      add(aging, bucketOf(r.dueDate), r.amount);
    } else if (outcome === 'paid-on-appeal' || outcome === 'corrected') stake.recovered += r.amount;
    else if (outcome === 'written-off') stake.writtenOff += r.amount;
  }
  const decided = appeals['paid-on-appeal'] + appeals.upheld;
  const origins: Origin[] = ['coding', 'billing', 'registration', 'authorization', 'payer-policy', 'patient-responsibility', 'informational'];
  const bucketNames: AgingBucket[] = ['overdue', 'due-7', 'due-30', 'later', 'no-deadline'];
  return {
    total: { count, amount: round(amount) },
    byOrigin: origins.map((o) => ({ key: o, count: origin.get(o)?.count ?? 0, amount: round(origin.get(o)?.amount ?? 0) })),
    topCarcs: top(carcs, topN),
    topPayers: top(payers, topN).map((t) => ({ ...t, key: usualSpelling(t.key, spellings, payerKeys) })),
    byMonth: [...months.values()].sort((a, b) => a.key.localeCompare(b.key)).map((t) => ({ ...t, amount: round(t.amount) })),
    atStake: { open: round(stake.open), openCount: stake.openCount, recovered: round(stake.recovered), writtenOff: round(stake.writtenOff) },
    aging: bucketNames.map((b) => ({ key: b, count: aging.get(b)?.count ?? 0, amount: round(aging.get(b)?.amount ?? 0) })),
    appeals: { ...appeals, overturnRate: decided ? round(appeals['paid-on-appeal'] / decided) : null },
    accuracy: codingAccuracy(decisions, f),
  };
}

export function codingAccuracy(decisions: CodingDecision[], f: InsightFilter = {}): Insights['accuracy'] {
  const by = new Map<string, CoderAccuracy>();
  const blank = (coder: string): CoderAccuracy => ({ coder, accepted: 0, rejected: 0, edited: 0, total: 0, accuracy: 0 });
  const overall = blank('all');
  for (const d of decisions) {
    const day = d.at.slice(0, 10);
    if ((f.from && day < f.from) || (f.to && day > f.to) || (f.person && d.coder !== f.person)) continue;
    const c = by.get(d.coder) ?? blank(d.coder);
    by.set(d.coder, c);
    for (const a of [c, overall]) {
      a[d.decision]++;
      a.total++;
    }
  }
  const fin = (a: CoderAccuracy) => ({ ...a, accuracy: a.total ? round(a.accepted / a.total) : 0 });
  return { overall: fin(overall), byCoder: [...by.values()].map(fin).sort((a, b) => a.coder.localeCompare(b.coder)) };
}
