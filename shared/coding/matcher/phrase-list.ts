import { tokenize } from '../text/tokens.ts';

/**
 * Interned word keys ("!x" = the phrase says "without x"): phrases store small integers, so a
 * year's matcher is a few flat arrays instead of ~75k objects with string arrays.
 */
export class Vocab {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) { i = this.keys.length; this.ids.set(key, i); this.keys.push(key); }
    return i;
  }
}

/** Phrases (titles or index paths) with their required and optional key ids, in flat arrays. */
export class PhraseList {
  readonly codes: string[] = [];   // undotted
  readonly texts: string[] = [];
  /** Where each phrase comes from: 0 a tabular title, 1 an Alphabetic Index path, 2 an inclusion term. */
  readonly kinds: number[] = [];
  private readonly reqAt: number[] = [0];
  private readonly optAt: number[] = [0];
  private readonly reqIds: number[] = [];
  private readonly optIds: number[] = [];

  get size(): number { return this.codes.length; }

  /** Adds a phrase; returns false (and adds nothing) when it has no required word. */
  add(vocab: Vocab, code: string, text: string, kind: number, extraOptional?: Set<string>, optionalText?: string): boolean {
    const req: number[] = [];
    const opt: number[] = [];
    for (const t of tokenize(text)) {
      const key = t.neg ? '!' + t.stem : t.stem;
      // Index main terms list derived forms side by side ("Arteriosclerosis, arteriosclerotic"): one counts.
      const last = req.at(-1);
      const derived = kind === 1 && last !== undefined && vocab.keys[last]!.slice(0, 6) === key.slice(0, 6) && !key.startsWith('!');
      if (t.paren || extraOptional?.has(t.stem) || derived) opt.push(vocab.id(key));
      else {
        const id = vocab.id(key);
        if (!req.includes(id)) req.push(id);
      }
    }
    if (optionalText) for (const t of tokenize(optionalText)) opt.push(vocab.id(t.stem));
    if (req.length === 0) return false;
    this.codes.push(code);
    this.texts.push(text);
    this.kinds.push(kind);
    this.reqIds.push(...req);
    this.optIds.push(...opt);
    this.reqAt.push(this.reqIds.length);
    this.optAt.push(this.optIds.length);
    return true;
  }

  req(i: number): number[] { return this.reqIds.slice(this.reqAt[i]!, this.reqAt[i + 1]!); }

  /** Calls `fn` with each required id of phrase i; stops (returning false) when fn does. */
  everyReq(i: number, fn: (id: number) => boolean): boolean {
    for (let j = this.reqAt[i]!, e = this.reqAt[i + 1]!; j < e; j++) if (!fn(this.reqIds[j]!)) return false;
    return true;
  }

  countOpt(i: number, has: (id: number) => boolean): number {
    let n = 0;
    for (let j = this.optAt[i]!, e = this.optAt[i + 1]!; j < e; j++) if (has(this.optIds[j]!)) n++;
    return n;
  }
}
