/** Scoring of the notes evaluation (README of the set): pure functions so the runner stays thin. */
export interface GoldNote {
  id: string;
  gold: { icd10cm: { code: string; first?: boolean }[]; cpt: string[]; hcpcs: string[] };
  must_not: { code: string; why: string }[];
  also_acceptable?: { code: string }[];
}

export interface Predicted {
  recommended: string[];
  all: string[];
  first: string | null;
  em: string | null;
  hcpcs: string[];
}

export const undot = (c: string) => c.replace('.', '').toUpperCase();

export interface NoteScore {
  id: string;
  tp: number;
  fp: string[];
  fn: string[];
  traps: string[];
  trapCount: number;
  firstOk: boolean;
  emGold: string | null;
  em: string | null;
  hcpcsTp: number;
  hcpcsFp: number;
  hcpcsFn: number;
  anywhere: number;
  goldCount: number;
}

const emRe = /^99(?:20[2-5]|21[1-5]|28[1-5]|22[1-3]|23[1-3]|23[89]|24[1-5]|25[1-5]|38[1-7]|39[1-7])$/;
export const isEm = (c: string) => emRe.test(c);

export function scoreNote(note: GoldNote, p: Predicted): NoteScore {
  const gold = new Set(note.gold.icd10cm.map((g) => undot(g.code)));
  const ok = new Set((note.also_acceptable ?? []).map((a) => undot(a.code)));
  const rec = new Set(p.recommended.map(undot));
  const all = new Set(p.all.map(undot));
  const fp = [...rec].filter((c) => !gold.has(c) && !ok.has(c));
  const fn = [...gold].filter((c) => !rec.has(c));
  const traps = note.must_not.map((m) => undot(m.code)).filter((c) => rec.has(c));
  const firstGold = note.gold.icd10cm.find((g) => g.first)?.code;
  const emGold = note.gold.cpt.find(isEm) ?? null;
  const hg = new Set(note.gold.hcpcs),
    hp = new Set(p.hcpcs);
  return {
    id: note.id,
    tp: gold.size - fn.length,
    fp,
    fn,
    traps,
    trapCount: note.must_not.length,
    firstOk: !!firstGold && !!p.first && undot(firstGold) === undot(p.first),
    emGold,
    em: p.em,
    hcpcsTp: [...hp].filter((c) => hg.has(c)).length,
    hcpcsFp: [...hp].filter((c) => !hg.has(c)).length,
    hcpcsFn: [...hg].filter((c) => !hp.has(c)).length,
    anywhere: [...gold].filter((c) => all.has(c)).length,
    goldCount: gold.size,
  };
}

export function summarize(rows: NoteScore[]) {
  const sum = (f: (r: NoteScore) => number) => rows.reduce((n, r) => n + f(r), 0);
  const tp = sum((r) => r.tp),
    fp = sum((r) => r.fp.length),
    fn = sum((r) => r.fn.length);
  const p = tp / Math.max(1, tp + fp),
    r = tp / Math.max(1, tp + fn);
  const emRows = rows.filter((x) => x.emGold);
  const htp = sum((x) => x.hcpcsTp),
    hfp = sum((x) => x.hcpcsFp),
    hfn = sum((x) => x.hcpcsFn);
  return {
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    anywhereRecall:
      sum((x) => x.anywhere) /
      Math.max(
        1,
        sum((x) => x.goldCount),
      ),
    trapRate:
      sum((x) => x.traps.length) /
      Math.max(
        1,
        sum((x) => x.trapCount),
      ),
    firstListed: rows.filter((x) => x.firstOk).length / Math.max(1, rows.length),
    emExact: emRows.filter((x) => x.em === x.emGold).length / Math.max(1, emRows.length),
    emCount: emRows.length,
    hcpcsPrecision: htp / Math.max(1, htp + hfp),
    hcpcsRecall: htp / Math.max(1, htp + hfn),
  };
}
