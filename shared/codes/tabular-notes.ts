import { undotted } from './format.ts';
import type { CodeRef, CompiledTabular, IcdNotes, NoteKind } from './model.ts';
import { parseNoteRefs } from './note-refs.ts';

const REF_KINDS = ['excludes1', 'excludes2', 'codeFirst', 'useAdditional', 'codeAlso'] as const;

export function emptyNotes(): IcdNotes {
  return { inclusionTerms: [], includes: [], excludes1: [], excludes2: [], codeFirst: [], useAdditional: [], codeAlso: [], sevenChr: [] };
}

/**
 * The tabular's instructional notes, answered per code with what ICD-10-CM says reaches it:
 * Excludes, Includes, Code first, Use additional and Code also notes at a chapter, section,
 * category or subcategory apply to every code below; inclusion terms belong to their own code;
 * 7th characters come from the nearest node that defines them.
 */
export class TabularNotes {
  private readonly ranges: { start: string; end: string; key: string }[];

  constructor(readonly compiled: CompiledTabular) {
    this.ranges = Object.keys(compiled.notes)
      .filter((k) => k.includes('-'))
      .map((key) => ({ key, start: key.slice(0, 3), end: key.slice(4, 7) }))
      // Wider ranges (chapters) first so notes read from the outside in.
      .sort((a, b) => (a.start === b.start ? b.end.localeCompare(a.end) : a.start.localeCompare(b.start)));
  }

  /** Keys of the nodes whose notes reach `code`, outermost first, the code itself last. */
  chain(code: string): string[] {
    const c = undotted(code);
    const cat = c.slice(0, 3);
    const keys = this.ranges.filter((r) => cat >= r.start && cat <= r.end).map((r) => r.key);
    for (let n = 3; n <= c.length; n++) if (this.compiled.notes[c.slice(0, n)]) keys.push(c.slice(0, n));
    return keys;
  }

  /** Each code's notes, gathered once: a note's rules ask for the same codes again and again. */
  private readonly gathered = new Map<string, IcdNotes>();

  notes(code: string): IcdNotes {
    const own = undotted(code);
    const known = this.gathered.get(own);
    if (known) return known;
    const out = this.gather(own);
    if (this.gathered.size < 50_000) this.gathered.set(own, out);
    return out;
  }

  private gather(own: string): IcdNotes {
    const out = emptyNotes();
    for (const key of this.chain(own)) {
      const n = this.compiled.notes[key]!;
      if (key === own) out.inclusionTerms.push(...(n.inclusionTerms ?? []));
      out.includes.push(...(n.includes ?? []));
      for (const kind of REF_KINDS) out[kind].push(...refs(n[kind]));
      if (n.codeFirst?.length) out.underlying = true;
      if (n.sevenChr) out.sevenChr = n.sevenChr.map(([char, title]) => ({ char, title }));
    }
    return out;
  }

  /** Excludes1 references reaching `code` (its own and its ancestors'). */
  excludes1(code: string): CodeRef[] {
    return this.chain(code).flatMap((k) => refs(this.compiled.notes[k]!.excludes1));
  }

  /** Inclusion terms by code, for search. */
  *inclusionTerms(): Generator<[string, string]> {
    for (const [code, n] of Object.entries(this.compiled.notes)) for (const t of n.inclusionTerms ?? []) yield [code, t];
  }
}

const cache = new Map<string, CodeRef[]>();
function refs(texts: string[] | undefined): CodeRef[] {
  if (!texts) return [];
  return texts.flatMap((t) => {
    let r = cache.get(t);
    if (!r) cache.set(t, (r = parseNoteRefs(t)));
    return r;
  });
}

export type { NoteKind };
