import type { CodeSets } from '../../codes/code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { refineBySite } from '../neoplasm/site-ancestry.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { conditionKeys } from './condition-keys.ts';
import { codeStatement, type StatementHit } from './statement.ts';

/**
 * Items of a statement written as a list ("HTN, hypothyroidism - stable"; "T2DM; CKD 3a") that the
 * statement's own codes leave unexplained: each item whose words the statement's hits do not cover
 * is coded as a statement of its own (issue #24 item 3, "statements split at list separators"),
 * and kept when the item is that condition's name: its code rests on a condition word, a main
 * term of the Alphabetic Index (I.B.1), and explains every word of the item, so a qualifier item
 * ("acute", "right ear", "RLL") never becomes a code. Separators inside parentheses divide an
 * aside ("(wearing-off, freezing)"), not the statement.
 */
export function codeListItems(
  codeSets: CodeSets,
  dos: string | undefined,
  text: string,
  start: number,
  end: number,
  sex: 'F' | 'M' | 'U' | undefined,
  hits: StatementHit[],
  context: Token[] = [],
): StatementHit[] {
  const stmt = text.slice(start, end);
  if (!/[,;]| \+ /.test(stmt)) return [];
  const listed = codeSets.abbreviations?.().expand;
  // Words inside a hit's evidence are its own, said or implied ("Primary osteoarthritis, right knee").
  const covered = new Set(
    expandTokens(text, start, end, listed)
      .filter((t) => hits.some((h) => t.start >= h.start && t.end <= h.end))
      .map((t) => t.stem),
  );
  const conditions = conditionKeys(codeSets, dos);
  // The statement's words as the lexicon reads it whole: a word it reads away in context ("Delirium, hyperactive":
  // a delirium's DSM-5 specifier) is no item of the list.
  const read = new Set(expandTokens(text, start, end, listed).map((t) => t.stem));
  const out: StatementHit[] = [];
  const items = topLevelItems(stmt).map(([x, y]) => [start + x, start + y] as const);
  // An item that is only a side ("Femoral neck fracture, left, osteoporotic") is the side of the item before it (I.B.13).
  const sideOnly = items.map(([a, b]) => {
    const toks = expandTokens(text, a, b, listed).filter((t) => !t.neg);
    return toks.length > 0 && toks.every((t) => sideWords.has(t.stem));
  });
  for (const [n, [a, item]] of items.entries()) {
    const b = sideOnly[n + 1] ? items[n + 1]![1] : item;
    const words = expandTokens(text, a, item, listed).filter((t) => !t.neg && !t.paren && read.has(t.stem));
    if (words.length === 0 || words.every((t) => covered.has(t.stem))) continue;
    // A site word the Neoplasm Table nests in the code's site refines it, as for a whole statement ("sigmoid diverticulosis").
    const code = (implied: Token[]) => codeStatement(codeSets, dos, text, a, b, sex, undefined, undefined, implied);
    const [h] = refineBySite(codeSets, text, a, b, code(context), (sites) => code([...context, ...sites]));
    if (!h) continue;
    if (!h.req.some((k) => conditions?.has(k))) continue;
    // Each word is the code's: matched, inside its evidence, in its own title ("essential" of I10 reached
    // by the Index's "Hypertension"), or a status the title has no axis for.
    const titled = new Set(tokenize(h.title).map((t) => t.stem));
    if (!words.every((t) => h.req.includes(t.stem) || (t.start >= h.start && t.end <= h.end) || titled.has(t.stem) || statusWord(t.stem, h.title))) continue;
    // One code per condition: another of its category already reported for it (read by the same condition word),
    // not a second condition the category also holds ("Hypomagnesemia, hypophosphatemia": E83.42 beside E83.39).
    const mine = h.req.filter((k) => conditions?.has(k));
    if ([...hits, ...out].some((o) => o.code.slice(0, 3) === h.code.slice(0, 3) && o.req.some((k) => mine.includes(k)))) continue;
    out.push(h);
  }
  return out;
}

/**
 * A word of the item's status or severity that the code's title has no axis for ("stable severe
 * emphysema": J43.9): the 2021 E/M guidelines' problem status ("stable", "improving", "well controlled",
 * "mildly above goal": a stable chronic illness is one at its treatment goal) and the
 * severity the classification grades elsewhere ("mild", "moderate", "severe") describe the condition
 * without naming another.
 */
function statusWord(stem: string, title: string): boolean {
  return statusWords.has(stem) && !new RegExp(`\\b${stem}`, 'i').test(title);
}
const statusWords = new Set([
  ...['stable', 'improving', 'improved', 'unchanged', 'controlled', 'well', 'goal', 'above', 'below', 'at'],
  ...['mild', 'mildly', 'slightly', 'moderate', 'severe'],
]);

const sideWords = new Set(['right', 'left', 'bilateral', 'unilateral']);

/**
 * [start, end) of each item between top-level "," / ";" / " + " (none inside parentheses). A plus between
 * spaces joins two items as clinicians write "and" ("vasomotor symptoms + vulvovaginal atrophy"); a plus
 * against a word is a positive result ("HPV+", "+night sweats") and divides nothing.
 */
function topLevelItems(stmt: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= stmt.length; i++) {
    const c = stmt[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (i === stmt.length || (depth === 0 && (c === ',' || c === ';'))) {
      out.push([from, i]);
      from = i + 1;
    } else if (depth === 0 && c === '+' && stmt[i - 1] === ' ' && stmt[i + 1] === ' ') {
      out.push([from, i - 1]);
      from = i + 2;
    }
  }
  return out;
}
