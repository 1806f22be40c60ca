import type { Flag } from '../../contracts/flag.ts';

export interface GoldFlag {
  rule: string;
  field: string;
  severity?: string;
  carc?: string | null;
}

/** The eval README's anchor: `lines[i]` / `diagnoses[i]` for fields under them, else the path. */
export const anchorOf = (field: string) => /^(lines|diagnoses)\[\d+\]/.exec(field)?.[0] ?? field;
const keyOf = (rule: string, field: string) => `${rule}@${anchorOf(field)}`;

export interface CaseScore {
  id: string;
  clean: boolean;
  flaggedClean: boolean;
  hits: { gold: GoldFlag; flag: Flag }[];
  misses: GoldFlag[];
  falseAlarms: Flag[];
}

/** Matches one case's flags to its gold on (rule, anchor); info flags and dont_care are ignored. */
export function scoreCase(id: string, flags: Flag[], expected: GoldFlag[], dontCare: GoldFlag[] = []): CaseScore {
  const shown = flags.filter((f) => f.severity !== 'info');
  const byKey = new Map<string, Flag>();
  for (const f of shown) if (!byKey.has(keyOf(f.rule, f.field))) byKey.set(keyOf(f.rule, f.field), f);
  const goldKeys = new Set(expected.map((g) => keyOf(g.rule, g.field)));
  const ignore = new Set(dontCare.map((g) => keyOf(g.rule, g.field)));
  const hits: CaseScore['hits'] = [];
  const misses: GoldFlag[] = [];
  for (const g of expected) {
    const f = byKey.get(keyOf(g.rule, g.field));
    if (f) hits.push({ gold: g, flag: f });
    else misses.push(g);
  }
  const falseAlarms = [...byKey.entries()].filter(([k]) => !goldKeys.has(k) && !ignore.has(k)).map(([, f]) => f);
  const clean = expected.length === 0;
  return { id, clean, flaggedClean: clean && falseAlarms.length > 0, hits, misses, falseAlarms };
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
}

export const precision = (t: Totals) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Totals) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
export const f1 = (t: Totals) => {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** Per-rule and overall counts over all cases. */
export function tally(cases: CaseScore[]): { perRule: Map<string, Totals>; overall: Totals } {
  const perRule = new Map<string, Totals>();
  const t = (rule: string) => {
    let v = perRule.get(rule);
    if (!v) perRule.set(rule, (v = { tp: 0, fp: 0, fn: 0 }));
    return v;
  };
  const overall: Totals = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    for (const h of c.hits) t(h.gold.rule).tp++, overall.tp++;
    for (const m of c.misses) t(m.rule).fn++, overall.fn++;
    for (const f of c.falseAlarms) t(f.rule).fp++, overall.fp++;
  }
  return { perRule, overall };
}
