import type { CompiledIndex } from '../model.ts';

/**
 * A reference to "the site's term, with Y" ("Hernia, incarcerated - see also Hernia, by site, with obstruction";
 * "Strangulation, hernia - see also ..."; "Hernia, incarcerated, with gangrene - see Hernia, by site, with gangrene"):
 * the referring word is Y at whatever site the statement names (Index conventions, I.A.12 "see" / "see also"). Each
 * site subterm of the target's term that has Y is copied under the referring term with Y's code and the subterms
 * below Y ("Hernia, incarcerated, umbilical" K42.0; "..., inguinal" K40.30 with its "recurrent" K40.31). The Neoplasm
 * Table's "by site" references are read apart (table-sees.ts).
 */
export function graftBySite(
  out: CompiledIndex,
  refs: readonly (readonly [from: number, target: string])[],
  resolveTerm: (target: string, from: number) => number | undefined,
): void {
  const n = out.titles.length;
  const kids = new Map<number, number[]>();
  for (let id = 0; id < n; id++) {
    const p = out.parents[id]!;
    if (p >= 0) kids.set(p, [...(kids.get(p) ?? []), id]);
  }
  const codesOf = new Map<number, string[]>();
  for (let i = 0; i + 1 < out.refs.length; i += 2) {
    const id = out.refs[i] as number;
    if (id < n) codesOf.set(id, [...(codesOf.get(id) ?? []), out.refs[i + 1] as string]);
  }
  const key = (t: string) => t.toLowerCase().split(',')[0]!.trim();
  const child = (at: number | undefined, title: string) => (at === undefined ? undefined : (kids.get(at) ?? []).find((k) => key(out.titles[k]!) === title));
  // "with obstruction" is the subterm "obstruction" under "with"; "with, obstruction" says the same.
  const below = (at: number, tail: string[]): number | undefined => {
    let node: number | undefined = at;
    for (const piece of tail) {
      const joined = /^(with|without) (.+)$/.exec(piece);
      node = child(node, piece) ?? (joined ? child(child(node, joined[1]!), joined[2]!) : undefined);
    }
    return node;
  };
  const copy = (src: number, parent: number, codes: string[]): number => {
    const id = out.titles.length;
    out.titles.push(out.titles[src]!);
    out.parents.push(parent);
    const nemod = out.nemods[src];
    if (nemod) out.nemods[id] = nemod;
    for (const code of codes) out.refs.push(id, code);
    return id;
  };
  const copyTree = (src: number, parent: number): void => {
    const id = copy(src, parent, codesOf.get(src) ?? []);
    for (const k of kids.get(src) ?? []) copyTree(k, id);
  };
  for (const [from, target] of refs) {
    const parts = target.split(/,\s*/).map((p) => p.trim().toLowerCase().replace(/\s+/g, ' '));
    const at = parts.indexOf('by site');
    if (at <= 0 || at === parts.length - 1 || parts[0] === 'neoplasm') continue;
    const head = resolveTerm(parts.slice(0, at).join(', '), from);
    if (head === undefined) continue;
    const own = new Set((kids.get(from) ?? []).map((k) => key(out.titles[k]!)));
    for (const site of kids.get(head) ?? []) {
      if (own.has(key(out.titles[site]!))) continue;
      const y = below(site, parts.slice(at + 1));
      const codes = y === undefined ? undefined : codesOf.get(y);
      if (!codes) continue;
      const id = copy(site, from, codes);
      for (const k of kids.get(y!) ?? []) copyTree(k, id);
    }
  }
}
