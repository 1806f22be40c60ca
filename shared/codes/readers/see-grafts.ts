import type { CompiledIndex } from '../model.ts';

/**
 * Cross-references carry the target's subterms (ICD-10-CM Index conventions, Official Guidelines
 * I.A.12 "see" / "see also"): "Abdominalgia - see Pain, abdominal" is read on in the subterms of
 * "Pain, abdominal" with the statement's remaining words, so the referring term gets a copy of
 * the target's subtree ("Abdominalgia, lower" -> R10.30). A "see also" target is followed only
 * where the first term has no subterm of its own for those words: a subterm whose title the
 * referring term already lists is not copied (for "see" too: the term's own entry comes first).
 * Copies are appended after every other term (parents still precede their subterms); the copies'
 * own cross-references are not followed again.
 */
/**
 * A target with more terms below it than this is not copied whole: the synonyms of "Disease"
 * ("Illness", "Morbus", "Affection" - see Disease) would each copy its ~1,600 terms and multiply
 * the tree the engine ships several times over. Their own code is still kept (alpha-index.ts).
 * A target of a few dozen terms is a specific condition whose subterms the referring word shares;
 * beyond that only a coded term's "see also" takes the target's small kinds (graftSees).
 */
export const graftAtMost = 30;

/**
 * A main term that is only another form of its target's word ("Varices - see Varix", "Thrombus -
 * see Thrombosis", "Calculi - see Calculus") names the same condition, so it carries the whole
 * target whatever its size: "esophageal varices in cirrhosis" is read on to "Varix, esophagus, in,
 * cirrhosis of liver" (I85.10). So does a subterm of such a form that is only a "see" to it
 * ("Varicose, vein - see Varix": "varicose veins of both legs with pain" is "Varix, leg, bilateral,
 * with, pain" I83.813). A synonym of another stem ("Hemiparesis - see Hemiplegia") keeps the limit above.
 */
export function wordForm(from: string, target: string): boolean {
  const a = from.toLowerCase();
  const b = target.toLowerCase();
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  let p = 0;
  while (p < a.length && a[p] === b[p]) p++;
  return p >= 4 && p >= Math.min(a.length, b.length) - 3;
}

export function graftSees(out: CompiledIndex, links: readonly (readonly [from: number, at: number, form: boolean, coded?: boolean])[]): void {
  const n = out.titles.length;
  const codesOf = new Map<number, string[]>();
  for (let i = 0; i + 1 < out.refs.length; i += 2) {
    const id = out.refs[i] as number;
    codesOf.set(id, [...(codesOf.get(id) ?? []), out.refs[i + 1] as string]);
  }
  const kids = new Map<number, number[]>();
  for (let id = 0; id < n; id++) {
    const p = out.parents[id]!;
    if (p < 0) continue;
    let k = kids.get(p);
    if (!k) kids.set(p, (k = []));
    k.push(id);
  }
  const within = (a: number, b: number): boolean => {
    for (let x = a; x >= 0; x = out.parents[x]!) if (x === b) return true;
    return false;
  };
  const size = (src: number): number => (kids.get(src) ?? []).reduce((sum, c) => sum + 1 + size(c), 0);
  const copy = (src: number, parent: number): void => {
    const id = out.titles.length;
    out.titles.push(out.titles[src]!);
    out.parents.push(parent);
    const nemod = out.nemods[src];
    if (nemod) out.nemods[id] = nemod;
    for (const code of codesOf.get(src) ?? []) out.refs.push(id, code);
    for (const c of kids.get(src) ?? []) copy(c, id);
  };
  for (const [from, at, form, coded] of links) {
    // A reference into its own branch or out to an ancestor would copy a term into itself.
    if (from >= n || at >= n || within(from, at) || within(at, from)) continue;
    const whole = form || size(at) <= graftAtMost;
    // A large target still lends a condition with a code of its own ("Eczema L30.9 - see also Dermatitis") its
    // small kinds, the target's subterms of few terms ("Dermatitis, atopic" L20.9): "atopic eczema" is read on there.
    if (!whole && !coded) continue;
    const own = new Set((kids.get(from) ?? []).map((c) => bare(out.titles[c]!)));
    for (const c of kids.get(at) ?? []) {
      if (own.has(bare(out.titles[c]!)) || (!whole && size(c) > 3)) continue;
      copy(c, from);
    }
  }
}

/** A subterm's words without a trailing NEC / NOS ("congenital NEC" is the term's own "congenital"). */
function bare(title: string): string {
  return title.toLowerCase().replace(/\s+(?:NEC|NOS)$/i, '');
}
