import { matchesOf } from '../text/matches.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { administeredCue, bundledCue, type Dose, dosesAfter, givenHere, plannedCue, prescribedCue, repeats, standingCue } from './administered-drugs.ts';
import { global } from '../em/cue.ts';
import { brandNames, defaultSalts } from './drug-names.ts';
import { type DrugCode, drugCatalogue, fold } from './hcpcs-catalogue.ts';

/** Title words that do not set one sibling code apart from another (the default product). */
const neutral =
  /^(?:not otherwise specified|human|inhalation solution|administered through dme|fda-approved final product|non-compounded|unit dose(?: form)?|intramuscular or intravenous|\d[\d,]* i\.?u\.?|non-esrd use)$/;
/** A qualifier is documented when the note says it ("preservative free", "compounded", "for esrd on dialysis"). */
function documented(q: string, text: string): boolean {
  if (/esrd|dialysis/.test(q)) return /\b(?:on (?:hemo)?dialysis|ESRD|hemodialysis)\b/i.test(text);
  const words = q.split(/[\s/-]+/).filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => text.toLowerCase().includes(w));
}

const convert: Partial<Record<string, number>> = {
  'mg>mcg': 1000,
  'mcg>mg': 0.001,
  'mg>mg': 1,
  'mcg>mcg': 1,
  'unit>unit': 1,
  'iu>iu': 1,
  'unit>iu': 1,
  'iu>unit': 1,
  'ml>ml': 1,
};
/** The dose in the code's unit, or null when the units do not convert (a volume for a code per mg). */
function inCodeUnit(d: Dose, code: DrugCode): number | null {
  if (!code.per) return d.amount;
  const f = convert[`${d.unit}>${code.per.unit}`];
  return f === undefined ? null : d.amount * f;
}

interface Mention {
  code: DrugCode;
  said: string;
  start: number;
  end: number;
  dose: Dose | null;
  amount: number;
  line: number;
  stamped: boolean;
}

/** The catalogue's codes for a name the note uses: same base word and route; a salt the note names, or the route's usual one. */
function candidates(list: DrugCode[], name: string, route: DrugCode['route'], context: string): DrugCode[] {
  const first = name.split(' ')[0]!;
  const same = list.filter((c) => c.name.split(' ')[0] === first && c.route === route && (c.name.startsWith(name) || name.startsWith(c.name)));
  const salt = name === first ? defaultSalts.find((s) => s.base === first && s.route.test(context)) : undefined;
  const salted = salt && same.filter((c) => c.name === `${first} ${salt.salt}`);
  return salted?.length ? salted : same;
}

function pick(codes: DrugCode[], text: string, dose: number | null): DrugCode | undefined {
  const score = (c: DrugCode) => {
    let s = c.name.split(' ').filter((w) => !text.toLowerCase().includes(w)).length * -1;
    for (const q of c.qualifiers) if (!neutral.test(q)) s += documented(q, text) ? 2 : -2;
    if (c.per && dose !== null && c.per.amount === dose) s += 1;
    return s;
  };
  return [...codes].sort((a, b) => score(b) - score(a) || (a.per?.amount ?? 0) - (b.per?.amount ?? 0) || a.code.localeCompare(b.code))[0];
}

const byFirstCache = new WeakMap<DrugCode[], Map<string, string[]>>();
/** Catalogue names by their first word, so a note's words are looked up, not scanned. */
function namesByFirstWord(list: DrugCode[]): Map<string, string[]> {
  let byFirst = byFirstCache.get(list);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const c of list) {
    const first = c.name.split(' ')[0]!;
    const names = byFirst.get(first) ?? [];
    if (!names.includes(c.name)) names.push(c.name);
    byFirst.set(first, names);
  }
  byFirstCache.set(list, byFirst);
  return byFirst;
}

/** Lines where a drug is given in the visit (the caller leaves out medication lists and history). */
export function hcpcsDrugs(doc: ClinicalDocument, codeSets: CodeSets, readable: (at: number) => boolean): Suggestion[] {
  const { text } = doc;
  if (!administeredCue.test(text)) return [];
  const list = drugCatalogue(codeSets);
  const byFirst = namesByFirstWord(list);
  const mentions: Mention[] = [];
  let lineNo = 0;
  for (const lm of text.matchAll(/[^\n]+/g)) {
    lineNo++;
    const line = lm[0];
    // A procedure note documents what was given in the procedure: a route is enough there.
    if (!readable(lm.index) || !administeredCue.test(line) || (!givenHere.test(line) && doc.setting !== 'procedure')) continue;
    const said: { name: string; start: number; end: number }[] = [];
    for (const b of brandNames) for (const m of matchesOf(global(b.said), line)) said.push({ name: b.means, start: m.index, end: m.index + m[0].length });
    for (const w of line.matchAll(/[A-Za-z][A-Za-z-]{3,}/g)) {
      const names = byFirst.get(w[0].toLowerCase());
      if (!names || said.some((s) => w.index >= s.start && w.index < s.end)) continue;
      // The longest catalogue name the line spells out from here ("methylprednisolone acetate" over "methylprednisolone").
      const rest = fold(line.slice(w.index, w.index + 60));
      const full = names.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0] ?? w[0].toLowerCase();
      said.push({ name: full, start: w.index, end: w.index + w[0].length });
    }
    said.sort((a, b) => a.start - b.start);
    for (const [i, s] of said.entries()) {
      const clause = line.slice(s.start, s.start + 160);
      // A dose belongs to the nearest drug named before it: stop at the next drug's name.
      const until = Math.min(s.start + 160, said[i + 1]?.start ?? line.length);
      if (bundledCue.test(line.slice(Math.max(0, s.start - 30), Math.max(until, s.end)))) continue;
      const before = line
        .slice(0, s.start)
        .split(/[.;]\s/)
        .at(-1)!;
      if (plannedCue.test(before) || standingCue.test(before)) continue;
      if (prescribedCue.test(clause.split(/[.;]/)[0]!) && !/\b(?:given|administered|injected|IM|IV|SC|SQ)\b/i.test(clause)) continue;
      const route = /\bneb\w*|inhal/i.test(line)
        ? 'inhalation'
        : /\b(?:implant\w*|inserted)\b|\bimplanon\b|\bnexplanon\b/i.test(line)
          ? 'implant'
          : 'injection';
      const codes = candidates(list, s.name, route, clause).filter((c) => codeSets.hcpcs(c.code, doc.dateOfService));
      if (!codes.length) continue;
      const doses = dosesAfter(line, s.end, lm.index).filter((d) => d.start - lm.index < until);
      const dose = doses.find((d) => codes.some((c) => inCodeUnit(d, c) !== null)) ?? null;
      const code = pick(codes, text, dose && codes[0] ? inCodeUnit(dose, codes[0]) : null);
      if (!code) continue;
      const amount = dose ? (inCodeUnit(dose, code) ?? 0) * repeats(line.slice(s.start)) : 0;
      if (code.per && (!dose || amount <= 0)) continue;
      mentions.push({
        code,
        said: s.name,
        start: lm.index + s.start,
        end: lm.index + s.end,
        dose,
        amount,
        line: lineNo,
        stamped: /^\s*\d{1,2}:\d{2}\b|#\d/.test(line),
      });
    }
  }
  const out: Suggestion[] = [];
  for (const code of new Set(mentions.map((m) => m.code))) {
    const ms = mentions.filter((m) => m.code === code);
    // Separate administrations (time-stamped or numbered lines) add up; the same dose told twice does not.
    const perLine = new Map<number, number>();
    for (const m of ms) perLine.set(m.line, Math.max(perLine.get(m.line) ?? 0, m.amount));
    const total = ms.every((m) => m.stamped) ? [...perLine.values()].reduce((a, b) => a + b, 0) : Math.max(...perLine.values());
    const units = code.per ? Math.max(1, Math.ceil(total / code.per.amount - 1e-9)) : 1;
    const entry = codeSets.hcpcs(code.code, doc.dateOfService)!;
    const first = ms[0]!;
    const per = code.per ? `${code.per.upTo ? 'up to ' : ''}${code.per.amount} ${code.per.unit}` : 'each';
    out.push({
      system: 'HCPCS',
      code: entry.code,
      title: entry.title,
      recommended: true,
      confidence: 0.75,
      first: false,
      evidence: [first, ...(first.dose ? [first.dose] : [])].map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })),
      why: [
        `drug given in the visit: ${total ? `${+total.toFixed(3)} ${code.per?.unit ?? ''} documented, ` : ''}billing unit ${per} (HCPCS descriptor) = ${units} unit(s)`,
      ],
      units,
    });
  }
  return out;
}
