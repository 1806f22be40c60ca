import { baseOf } from '../../codes/year-view.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { completeCode, type Completed } from '../matcher/complete-code.ts';
import { codeStatement } from '../matcher/statement.ts';
import { tokenize } from '../text/tokens.ts';
import { drugClasses } from './drug-classes.ts';

/** The Table of Drugs and Chemicals' columns after "Substance". */
export type Column = 'accidental' | 'self-harm' | 'assault' | 'undetermined' | 'adverse' | 'underdosing';

/**
 * Each column's codes end in one character (Tabular T36-T65, 5th or 6th character): 1 accidental
 * (unintentional), 2 intentional self-harm, 3 assault, 4 undetermined, 5 adverse effect, 6 underdosing.
 * So a row's cell for any column is its code with that last character (a "--" cell has no code in
 * the Tabular, which `cellCode` then reports as null).
 */
export const columnChar: Record<Column, string> = {
  accidental: '1',
  'self-harm': '2',
  assault: '3',
  undetermined: '4',
  adverse: '5',
  underdosing: '6',
};

/** The categories the Table's cells point into: T36-T50 drugs, T51-T65 toxic effects of nonmedicinal substances. */
/** Codes the Table of Drugs and Chemicals points into (T36-T65): poisonings, adverse effects, underdosings, toxic effects. */
export const drugTableCode = /^T(?:3[6-9]|[45]\d|6[0-5])/;
export const tableCategories = Array.from({ length: 30 }, (_, i) => `T${36 + i}`);

/**
 * Words of the Table's column headings ("Poisoning, Accidental (unintentional)", "Adverse effect"…)
 * and of the Venom row's nonessential modifiers "(bite) (sting)": a statement names the substance,
 * the rule chooses the column, so these words may go unsaid.
 */
export const headingWords = new Set(
  tokenize('Poisoning Accidental unintentional Intentional self-harm Assault Undetermined Adverse effect Underdosing drug bite sting').map((t) => t.stem),
);

const drugWord = tokenize('drug')[0]!.stem;

/**
 * The salt or ester a Table row names after its drug ("Fluticasone propionate", "Hydroxyzine hydrochloride"): USP
 * established names add it to the active moiety, which is what a note says ("fluticasone"), so it need not be said.
 */
export const saltWords = new Set(
  tokenize(
    'propionate dipropionate furoate hydrochloride sulfate maleate acetate citrate phosphate tartrate succinate besylate mesylate fumarate bromide valerate hyclate carbonate',
  ).map((t) => t.stem),
);

/** One Table row a statement names, by its cell code (undotted, without placeholder X or 7th character: "T391X1"). */
export interface Substance {
  cell: string;
  start: number;
  end: number;
  /** The Table row's own words the note said (its required words less the column headings). */
  words: string[];
  /** Found through drug-classes.ts (the drug's class row), not by the row's own name. */
  byClass: boolean;
}

/** "T391X1A" -> "T391X1", "T6391XA" -> "T6391": the Table's cell from a completed code. */
export function cellOf(code: string): string {
  const flat = code.replace('.', '');
  return (flat.length === 7 ? flat.slice(0, 6) : flat).replace(/X+$/, '');
}

/**
 * The row's code in a column, completed with the 7th character the statement documents (I.C.19.a),
 * or null when the Tabular has none. The encounter is read from the diagnosis, not from its plan
 * ("APAP overdose - follow-up level at 20 h" is still active treatment): the text before " - " or ";",
 * unless the plan names the encounter outright ("… - subsequent encounter").
 */
export function cellCode(codeSets: CodeSets, dos: string | undefined, cell: string, column: Column, statement: string): Completed | null {
  const head = statement.split(/\s[-–—]\s|;/)[0]!;
  const encounter = /\b(?:initial|subsequent|sequela)\b[^,;]*/i.exec(statement)?.[0] ?? '';
  return completeCode(codeSets, cell.slice(0, -1) + columnChar[column], dos, `${head} ${encounter}`);
}

/**
 * Table of Drugs rows a stretch of the note names: by the row's own name ("acetaminophen",
 * "Venom, bee" for "bee sting"), or by a drug's class (drug-classes.ts: "sertraline" is read
 * under "Antidepressant, selective serotonin reuptake inhibitor"). A class reading wins over a
 * name reading of the same words. `extra`: further words a scoped reading may leave unsaid
 * (the Venom row's main term for a sting).
 */
export function findSubstances(codeSets: CodeSets, dos: string | undefined, text: string, start: number, end: number, extra: string[] = []): Substance[] {
  const out: Substance[] = [];
  // A class in parentheses describes the drug named before it ("lisinopril (ACE-inhibitor cough)"): read after the names.
  const asides: Substance[] = [];
  const slice = text.slice(start, end);
  for (const entry of drugClasses) {
    for (const m of slice.matchAll(new RegExp(entry.said.source, entry.said.flags))) {
      const row = rowOf(codeSets, dos, entry.row);
      if (!row) continue;
      const a = start + m.index,
        b = a + m[0].length;
      if (out.some((o) => o.start < b && a < o.end)) continue;
      const inParens = /\([^()]*$/.test(slice.slice(0, m.index));
      (inParens ? asides : out).push({ cell: row, start: a, end: b, words: [], byClass: true });
    }
  }
  const optional = new Set([...headingWords, ...saltWords, ...extra]);
  // Each item of a list ("sertraline and alprazolam", "carbidopa/levodopa") is read on its own:
  // one statement may name several substances.
  for (const [a, b] of pieces(slice)) {
    for (const h of codeStatement(codeSets, dos, text, start + a, start + b, undefined, tableCategories, optional, [], [], extra.length ? extra : undefined)) {
      const words = h.req.filter((k) => !k.startsWith('!') && !optional.has(k));
      if (words.length === 0) continue;
      // A class row named by a body system and "drug" ("Respiratory drug NEC") needs the drug said: the system's word
      // alone names the organ ("hypercapnic respiratory failure"), not a drug.
      if (words.length === 1 && h.req.includes(drugWord) && !tokenize(text.slice(h.start, h.end)).some((t) => t.stem === drugWord)) continue;
      if (out.some((o) => o.start < h.end && h.start < o.end)) continue;
      if (partOfShorthand(text, h.start, h.end, h.req)) continue;
      out.push({ cell: cellOf(h.code), start: h.start, end: h.end, words, byClass: false });
    }
  }
  for (const c of asides) if (!out.some((o) => (o.start < c.end && c.start < o.end) || o.cell.slice(0, 4) === c.cell.slice(0, 4))) out.push(c);
  return out.sort((x, y) => x.start - y.start);
}

/** [start, end) of the items of a list: split at commas, semicolons, "and", "with", "plus", "+", "/", "&". */
function pieces(slice: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of slice.matchAll(/\s*(?:[,;+/&]|\b(?:and|with|plus)\b)\s*/gi)) {
    if (m.index > at) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < slice.length) out.push([at, slice.length]);
  return out;
}

/**
 * A row reached through one word of an expanded shorthand ("MRSA" -> "methicillin resistant
 * staphylococcus aureus" reaches "Methicillin"): the shorthand names something else, not the drug.
 */
function partOfShorthand(text: string, start: number, end: number, req: string[]): boolean {
  const spans = new Map<string, string[]>();
  for (const t of expandTokens(text, start, end)) {
    const k = `${t.start}:${t.end}`;
    spans.set(k, [...(spans.get(k) ?? []), t.stem]);
  }
  return [...spans.values()].some((stems) => stems.length > 1 && stems.some((s) => req.includes(s)) && stems.some((s) => !req.includes(s)));
}

/**
 * A chemical the Table lists with its medicinal salts ("Lithium" T56.89-, the metal, with no adverse-effect
 * cell; "Lithium, salts (carbonate)" T43.59-): a drug correctly prescribed and taken is the medicine, its salts row.
 */
export function medicinalSalt(codeSets: CodeSets, dos: string | undefined, s: Substance): Substance {
  if (!/^T(?:5[1-9]|6[0-5])/.test(s.cell) || s.byClass) return s;
  const salt = rowOf(codeSets, dos, `${s.words.join(' ')} salts`);
  return salt && /^T(?:3[6-9]|4\d|50)/.test(salt) ? { ...s, cell: salt } : s;
}

const rows = new WeakMap<CodeSets, Map<string, string | null>>();

/** A Table row named by its words ("Immune, checkpoint inhibitors") -> its cell, memoized per code sets. */
function rowOf(codeSets: CodeSets, dos: string | undefined, words: string): string | null {
  let memo = rows.get(baseOf(codeSets));
  if (!memo) rows.set(baseOf(codeSets), (memo = new Map()));
  const key = `${codeSets.icdYearFor(dos) ?? ''}\u0000${words}`;
  if (!memo.has(key)) {
    const hit = codeStatement(codeSets, dos, words, 0, words.length, undefined, tableCategories, headingWords)[0];
    memo.set(key, hit ? cellOf(hit.code) : null);
  }
  return memo.get(key)!;
}
