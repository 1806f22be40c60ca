import type { DenialRecord, Origin, Outcome } from '../contracts/denial-record.ts';

/**
 * Denial memory: the team's own history for this payer and these codes, from plain thread
 * metadata (payer, codes, modifiers, CARC/RARC, origin, dates, outcome); never patient data.
 * "Acme PPO denied 99214 with 20610 and no modifier 25 three times in 90 days, CARC 97".
 */
export interface MemoryQuery {
  payer: string;
  /** The codes and modifiers about to be coded or billed. */
  codes: string[];
  modifiers: string[];
  /** YYYY-MM-DD: the window ends here (today at coding time). */
  asOf: string;
  windowDays?: number;
}

export interface DenialPattern {
  payer: string;
  /** The pending codes these denials were billed with, in the pending claim's order. */
  codes: string[];
  carc: string;
  /** Modifiers the denied claims carried, and relevant ones they lacked. */
  withModifiers: string[];
  withoutModifiers: string[];
  count: number;
  windowDays: number;
  first: string;
  last: string;
  amount: number;
  origin: Origin;
  outcomes: Partial<Record<Outcome | 'open', number>>;
  /** True when the pending modifiers are those of the denied claims: the same denial is likely again. */
  matchesPending: boolean;
  message: string;
}

const norm = (s: string) => s.trim().toUpperCase();
const samePayer = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
const isEm = (code: string) => /^99[2-4]\d\d$/.test(code);
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : n === 3 ? 'three times' : `${n} times`);
const dayMs = 86_400_000;

export function denialMemory(records: DenialRecord[], q: MemoryQuery): DenialPattern[] {
  const windowDays = q.windowDays ?? 90;
  const end = Date.parse(`${q.asOf}T00:00:00Z`);
  const start = new Date(end - windowDays * dayMs).toISOString().slice(0, 10);
  const pending = [...new Set(q.codes.map(norm))];
  const pendingMods = [...new Set(q.modifiers.map(norm))].sort();
  const groups = new Map<string, { codes: string[]; carc: string; mods: string[]; recs: DenialRecord[] }>();
  const payerSeen = new Map<string, boolean>();
  for (const r of records) {
    if (r.deniedOn <= start || r.deniedOn > q.asOf) continue;
    let same = payerSeen.get(r.payer);
    if (same === undefined) payerSeen.set(r.payer, (same = samePayer(r.payer, q.payer)));
    if (!same) continue;
    // In the order the coder listed them, so the message reads like the claim.
    const billed = new Set(r.codes.map(norm));
    const overlap = pending.filter((c) => billed.has(c));
    if (overlap.length === 0) continue;
    const mods = [...new Set(r.modifiers.map(norm))].sort();
    for (const carc of r.carc.length ? r.carc : ['?']) {
      const key = `${overlap.join('+')}|${carc}|${mods.join('+')}`;
      const g = groups.get(key) ?? { codes: overlap, carc, mods, recs: [] };
      g.recs.push(r);
      groups.set(key, g);
    }
  }
  const patterns: DenialPattern[] = [];
  for (const g of groups.values()) {
    // Modifiers worth naming as absent: the pending ones, those other denials of the same codes
    // carried, and 25 when an E/M was billed with a procedure (the usual same-day bundling fix).
    const relevant = new Set(pendingMods);
    for (const o of groups.values()) if (o.codes.join() === g.codes.join() && o.carc === g.carc) o.mods.forEach((m) => relevant.add(m));
    if (g.codes.some(isEm) && g.codes.some((c) => !isEm(c))) relevant.add('25');
    const without = [...relevant].filter((m) => !g.mods.includes(m)).sort();
    const dates = g.recs.map((r) => r.deniedOn).sort();
    const outcomes: DenialPattern['outcomes'] = {};
    const origins = new Map<Origin, number>();
    for (const r of g.recs) {
      const o = r.outcome ?? 'open';
      outcomes[o] = (outcomes[o] ?? 0) + 1;
      origins.set(r.origin, (origins.get(r.origin) ?? 0) + 1);
    }
    const origin = [...origins].sort((a, b) => b[1] - a[1])[0]![0];
    const [head, ...rest] = g.codes;
    const payer = g.recs[0]!.payer;
    const parts = [`${payer} denied ${head}${rest.length ? ` with ${rest.join(', ')}` : ''}`];
    if (g.mods.length) parts.push(` with modifier ${g.mods.join(', ')}`);
    if (without.length) parts.push(` and no modifier ${without.join(' or ')}`);
    const message = `${parts.join('')} ${times(g.recs.length)} in ${windowDays} days, CARC ${g.carc}`;
    patterns.push({
      payer,
      codes: g.codes,
      carc: g.carc,
      withModifiers: g.mods,
      withoutModifiers: without,
      count: g.recs.length,
      windowDays,
      first: dates[0]!,
      last: dates.at(-1)!,
      amount: Math.round(g.recs.reduce((s, r) => s + r.amount, 0) * 100) / 100,
      origin,
      outcomes,
      matchesPending: g.mods.join() === pendingMods.join(),
      message,
    });
  }
  // What applies to the pending claim as it stands first, then the most frequent, then the widest.
  return patterns.sort(
    (a, b) => Number(b.matchesPending) - Number(a.matchesPending) || b.count - a.count || b.codes.length - a.codes.length || a.carc.localeCompare(b.carc),
  );
}
