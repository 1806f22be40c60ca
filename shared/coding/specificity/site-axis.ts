import type { CodeSets } from '../../codes/code-sets.ts';
import { treeOf } from '../matcher/injury-tree.ts';
import type { Completed } from '../matcher/complete-code.ts';
import { tokenize } from '../text/tokens.ts';

const sideWords = new Set(['right', 'left', 'bilateral', 'unilateral']);
const sitesOf = new WeakMap<object, string[][]>();

/**
 * Body sites as the Alphabetic Index lists them: the subterms of "Contusion" that lead to an
 * injury code by site (S00-S99), each as its words ("lower back", "thigh"). Subterms without a
 * site code ("muscle", "nerve", "skin NEC") name tissues, not sites.
 */
export function indexSites(codeSets: CodeSets): string[][] {
  const t = treeOf(codeSets);
  if (!t) return [];
  let out = sitesOf.get(t);
  if (out) return out;
  out = [];
  for (const main of t.mains('Contusion')) {
    for (const k of t.kids(main)) {
      if (!/^S/.test(t.code(k) ?? '')) continue;
      const words = tokenize(
        t.tree
          .title(k)
          .split(', ')[0]!
          .replace(/\([^)]*\)/g, ' '),
      ).map((w) => w.stem);
      if (words.length) out.push(words);
    }
  }
  sitesOf.set(t, out);
  return out;
}

/**
 * A code for an "unspecified site" when the statement names a site (ICD-10-CM I.B.18: unspecified
 * codes are for documentation that lacks the detail; I.A.9.a: "other" for a specified detail no
 * code names): the sibling naming that site, else the sibling for "other site" ("Myalgia of
 * thighs": M79.10 -> M79.18).
 */
export function bySite(codeSets: CodeSets, dos: string | undefined, code: string, title: string, said: Set<string>): Completed | null {
  if (!/\bunspecified site\b/i.test(title)) return null;
  const named = indexSites(codeSets).filter((ws) => ws.every((w) => said.has(w)));
  // The vertebral column is a site of its own (WHO chapter XIII site 8, "other": head, neck, ribs, skull, trunk, vertebral column).
  if (spineWords.some((w) => said.has(w)) && !named.some((ws) => ws.includes('back'))) named.push(['spine']);
  if (named.length === 0) return null;
  const flat = code.replace('.', '');
  const parent = codeSets.icd(flat.slice(0, -1), dos);
  if (!parent || parent.billable) return null;
  const kids = [...'0123456789X'].map((c) => codeSets.icd(flat.slice(0, -1) + c, dos)).filter((k) => k !== null && k.code.replace('.', '') !== flat);
  const own = (k: { title: string }) => new Set(tokenize(k.title).map((t) => t.stem));
  const parentWords = own(parent);
  const kidWords = new Map(kids.map((k) => [k, own(k!)]));
  // A site no subdivision names by its own words is read by its region ("hip": the "thigh" subdivision).
  const byRegion = named.filter((ws) => ![...kidWords.values()].some((w) => ws.every((x) => w.has(x)))).map(regionOf);
  const bySiteWord = kids.filter((k) => {
    const w = kidWords.get(k)!;
    return (
      named.some((ws) => ws.every((x) => w.has(x) && !parentWords.has(x) && !sideWords.has(x))) || byRegion.some((region) => !!region?.every((x) => w.has(x)))
    );
  });
  // I.C.13.a: where more than one site is involved and the category has a "multiple sites" code, that code.
  // Sites one subdivision names together ("ankle and foot": the ankle and the 1st MTP) are one site.
  const distinct = named.filter((ws) => !named.some((o) => o !== ws && o.length > ws.length && ws.every((w) => o.includes(w))));
  const oneKid = bySiteWord.length === 1 && distinct.every((ws) => ws.every((x) => own(bySiteWord[0]!).has(x)));
  const multiple = distinct.length > 1 && !oneKid ? kids.find((k) => /\bmultiple sites\b/i.test(k!.title)) : undefined;
  const pick =
    multiple ?? (bySiteWord.length === 1 ? bySiteWord[0] : bySiteWord.length === 0 ? kids.find((k) => /\bother sites?\b/i.test(k!.title)) : undefined);
  // A site subdivided by side ("ankle and foot" M10.07-) gives its unspecified side, which the side said completes next (bySide).
  const done = pick?.billable ? pick : pick && unspecifiedChild(codeSets, dos, pick.code);
  if (!done) return null;
  return {
    code: done.code,
    title: done.title,
    why: multiple
      ? `ICD-10-CM I.C.13.a: more than one site is documented (${distinct.map((w) => w.join(' ')).join(', ')}): the multiple-sites code`
      : `ICD-10-CM I.B.18 / I.A.9.a: the site is documented (${named.map((w) => w.join(' ')).join(', ')}), so not the unspecified site`,
  };
}

/**
 * A site a category's subdivisions name only by its region, as WHO's ICD-10 chapter XIII site table groups them
 * ("5 Pelvic region and thigh: buttock, femur, hip (joint), sacroiliac joint"; "6 Lower leg: fibula, knee joint,
 * tibia"; "2 Upper arm: humerus, elbow joint"; "3 Forearm: radius, ulna, wrist joint"; "4 Hand: carpus, fingers,
 * metacarpus"; "1 Shoulder region: clavicle, scapula, acromioclavicular, glenohumeral, sternoclavicular joints").
 */
const regions: [string[], string[]][] = [
  [['hip', 'buttock', 'femur', 'femoral', 'pelvis', 'pelvic', 'sacroiliac'], ['thigh']],
  [
    ['knee', 'tibia', 'fibula'],
    ['lower', 'leg'],
  ],
  [
    ['elbow', 'humerus'],
    ['upper', 'arm'],
  ],
  [['wrist', 'radius', 'ulna'], ['forearm']],
  [['finger', 'thumb', 'metacarpal', 'carpal'], ['hand']],
  [['clavicle', 'scapula', 'acromioclavicular', 'glenohumeral', 'sternoclavicular'], ['shoulder']],
];
const regionOf = (ws: string[]) => regions.find(([sites]) => ws.some((w) => sites.includes(w)))?.[1];
const spineWords = ['spine', 'vertebra', 'vertebrae', 'vertebral'];

function unspecifiedChild(codeSets: CodeSets, dos: string | undefined, code: string) {
  const flat = code.replace('.', '');
  return [...'0123456789X'].map((c) => codeSets.icd(flat + c, dos)).find((k) => k?.billable && /\bunspecified\b/i.test(k.title)) ?? null;
}

/**
 * A code for an unspecified side when the statement says one (I.B.13: laterality): the sibling
 * whose title is this one's with "unspecified" read as that side ("Unspecified dislocation of
 * unspecified shoulder joint" S43.006 -> "... of right shoulder joint" S43.004), same 7th character.
 */
export function bySide(codeSets: CodeSets, dos: string | undefined, code: string, title: string, sides: string[]): Completed | null {
  const both = sides.includes('bilateral') || (sides.includes('right') && sides.includes('left'));
  if (both && /\bunspecified\b/i.test(title)) {
    // I.B.13: bilateral where the category has no bilateral code: the right and the left codes.
    const bilateral = sideSibling(codeSets, dos, code, title, 'bilateral');
    if (bilateral) return bilateral;
    const right = sideSibling(codeSets, dos, code, title, 'right');
    const left = sideSibling(codeSets, dos, code, title, 'left');
    if (right && left)
      return {
        ...right,
        why: 'ICD-10-CM I.B.13: bilateral, no bilateral code: right and left',
        also: { ...left, why: 'ICD-10-CM I.B.13: bilateral, no bilateral code: right and left' },
      };
    return null;
  }
  // I.B.13: a condition said of both sides, where this code names one ("cataract OU, visually significant OD"
  // read as "..., right eye"): the bilateral code of the same condition.
  if (both && /\b(?:right|left)\b/i.test(title) && !/\bbilateral\b/i.test(title)) return bilateralSibling(codeSets, dos, code, title);
  if (sides.length !== 1) return null;
  return sideSibling(codeSets, dos, code, title, sides[0]!);
}

/** The title with its side words left out: siblings that differ only by side read the same. */
const sideless = (t: string) =>
  t
    .replace(/\b(?:right|left|bilateral|unspecified)(?: (?:eyes?|ears?|sides?))?\b/gi, '')
    .replace(/[\s,]+/g, ' ')
    .trim()
    .toLowerCase();

function bilateralSibling(codeSets: CodeSets, dos: string | undefined, code: string, title: string): Completed | null {
  const flat = code.replace('.', '');
  if (flat.length === 7) return null;
  const want = sideless(title);
  for (const c of '0123456789') {
    const hit = codeSets.icd(flat.slice(0, -1) + c, dos);
    if (hit?.billable && /\bbilateral\b/i.test(hit.title) && sideless(hit.title) === want)
      return { code: hit.code, title: hit.title, why: 'ICD-10-CM I.B.13: the condition is documented on both sides: the bilateral code' };
  }
  return null;
}

function sideSibling(codeSets: CodeSets, dos: string | undefined, code: string, title: string, side: string): Completed | null {
  if (!/\bunspecified\b/i.test(title)) return null;
  const flat = code.replace('.', '');
  const seventh = flat.length === 7 ? flat[6]! : '';
  const base = seventh ? flat.slice(0, 6) : flat;
  const stem = base.replace(/X+$/, '');
  const episode = (t: string) => (seventh ? t.replace(/,[^,]*$/, '') : t);
  const own = episode(title);
  // Read word for word in the singular: a bilateral title may name its site in the plural ("... of bilateral lower extremities", I83.93).
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((w) => w.replace(/ies$/, 'y').replace(/(?<!s)s$/, ''))
      .join(' ');
  const wants = [...own.matchAll(/\bunspecified\b/gi)].map((m) => words(`${own.slice(0, m.index)}${side}${own.slice(m.index + m[0].length)}`));
  // The side is the last character of most categories, an earlier one of some ("Non-pressure chronic ulcer of
  // unspecified heel and midfoot, ..." L97.409 -> right L97.419; I83.002 -> left I83.022): any one character
  // after the category may carry it.
  for (let at = stem.length - 1; at >= 3; at--)
    for (const c of '0123456789') {
      const sib = stem.slice(0, at) + c + stem.slice(at + 1);
      const hit = codeSets.icd(seventh ? sib.padEnd(6, 'X') + seventh : sib, dos);
      if (hit?.billable && hit.code.replace('.', '') !== flat && wants.includes(words(episode(hit.title))))
        return { code: hit.code, title: hit.title, why: `ICD-10-CM I.B.13: the side documented (${side}), not the unspecified side` };
    }
  return null;
}
