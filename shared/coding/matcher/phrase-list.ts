import { genericNouns, scanWords, tokenize } from '../text/tokens.ts';

/**
 * Interned word keys ("!x" = the phrase says "without x"): phrases store small integers, so a
 * year's matcher is a few flat arrays instead of ~75k objects with string arrays.
 */
export class Vocab {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];

  id(key: string): number {
    let i = this.ids.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.ids.set(key, i);
      this.keys.push(key);
    }
    return i;
  }
}

/** Key ids as restored: 16 bits while the vocabulary allows (it has ~21k keys), else 32. */
export type KeyIds = Int32Array | Uint16Array;

/** Phrases (titles or index paths) with their required and optional key ids, in flat arrays. */
export class PhraseList {
  readonly codes: string[] = []; // undotted
  readonly texts: string[] = [];
  /** Where each phrase comes from: 0 a tabular title, 1 an Alphabetic Index path, 2 an inclusion term. */
  readonly kinds: number[] = [];
  /** reqIds[reqAt[i] .. reqAt[i+1]) are phrase i's required key ids (read directly by hot loops). */
  readonly reqAt: number[] | Int32Array = [0];
  readonly optAt: number[] | Int32Array = [0];
  readonly reqIds: number[] | KeyIds = [];
  readonly optIds: number[] | KeyIds = [];
  private readonly scratchReq: number[] = [];
  private readonly scratchOpt: number[] = [];

  get size(): number {
    return this.codes.length;
  }

  /** Phrase i's text; a restored list reads it on first use (titles from the code sets, paths from the index tree). */
  text(i: number): string {
    let t = this.texts[i]!;
    if (t === '' && this.textOf) this.texts[i] = t = this.textOf(i);
    return t;
  }

  private textOf?: (i: number) => string;

  /** A list from its arrays (see matcher-pack.ts): typed arrays used as they are, read-only. */
  static restore(
    codes: string[],
    kind: number,
    reqAt: Int32Array,
    reqIds: KeyIds,
    optAt: Int32Array,
    optIds: KeyIds,
    textOf: (i: number) => string,
  ): PhraseList {
    const l = new PhraseList();
    Object.assign(l, {
      codes,
      texts: new Array<string>(codes.length).fill(''),
      kinds: new Array<number>(codes.length).fill(kind),
      reqAt,
      reqIds,
      optAt,
      optIds,
    });
    l.textOf = textOf;
    return l;
  }

  /** Adds a phrase; returns false (and adds nothing) when it has no required word. */
  add(vocab: Vocab, code: string, text: string, kind: number, extraOptional?: Set<string>, optionalText?: string): boolean {
    const req = this.scratchReq;
    const opt = this.scratchOpt;
    req.length = 0;
    opt.length = 0;
    scanWords(text, (stem, _s, _e, neg, paren, alt) => {
      const key = neg ? `!${stem}` : stem;
      const id = vocab.id(key);
      // Index main terms list derived forms side by side ("Arteriosclerosis, arteriosclerotic"): one counts.
      const last = req.length ? req[req.length - 1]! : -1;
      const derived = kind === 1 && last >= 0 && !neg && derivedForm(vocab.keys[last]!, key);
      if (paren || alt || derived || extraOptional?.has(stem)) opt.push(id);
      else if (!req.includes(id)) req.push(id);
    });
    if (optionalText) for (const t of tokenize(optionalText)) opt.push(vocab.id(t.stem));
    return this.push(code, text, kind, req, opt);
  }

  /**
   * `add` for tabular titles through a cache of comma-separated pieces: 75k titles are made of
   * ~27k distinct pieces ("Other acute osteomyelitis", "right ankle and foot"), so most pieces are
   * scanned once. Pieces carry key id * 4 + 2 if parenthetical + 1 if optional; a title whose
   * parentheses span a comma is scanned whole.
   */
  addTitle(vocab: Vocab, code: string, text: string, optional: Set<string>, cache: Map<string, number[]>, kind = 0, optionalText?: string): boolean {
    const req = this.scratchReq;
    const opt = this.scratchOpt;
    req.length = 0;
    opt.length = 0;
    for (let at = 0; at <= text.length; ) {
      let end = text.indexOf(', ', at);
      if (end < 0) end = text.length;
      const piece = at === 0 && end === text.length ? text : text.slice(at, end);
      if (piece.includes('(') && count(piece, '(') !== count(piece, ')')) {
        // Parentheses across a comma: this title is scanned whole, uncached.
        req.length = 0;
        opt.length = 0;
        this.take(scanPiece(vocab, text, optional), req, opt, kind === 1 ? vocab : undefined);
        break;
      }
      let enc = cache.get(piece);
      if (!enc) cache.set(piece, (enc = scanPiece(vocab, piece, optional)));
      this.take(enc, req, opt, kind === 1 ? vocab : undefined);
      at = end + 2;
    }
    if (optionalText) for (const t of tokenize(optionalText)) opt.push(vocab.id(t.stem));
    return this.push(code, text, kind, req, opt);
  }

  /** `derivedIn`: index paths, whose main terms list derived forms side by side ("Arteriosclerosis, arteriosclerotic"): one counts. */
  private take(enc: number[], req: number[], opt: number[], derivedIn?: Vocab): void {
    for (let j = 0; j < enc.length; j++) {
      const e = enc[j]!;
      const id = e >> 2;
      if (e & 3) {
        opt.push(id);
        continue;
      }
      if (derivedIn && req.length) {
        const key = derivedIn.keys[id]!;
        if (key.charCodeAt(0) !== 33 && derivedForm(derivedIn.keys[req[req.length - 1]!]!, key)) {
          opt.push(id);
          continue;
        }
      }
      if (req.indexOf(id) < 0) req.push(id);
    }
  }

  private push(code: string, text: string, kind: number, req: number[], opt: number[]): boolean {
    if (req.length === 0) return false;
    this.codes.push(code);
    this.texts.push(text);
    this.kinds.push(kind);
    // Only lists built here grow; a restored list is read-only.
    const reqIds = this.reqIds as number[],
      optIds = this.optIds as number[];
    for (const id of req) reqIds.push(id);
    for (const id of opt) optIds.push(id);
    (this.reqAt as number[]).push(reqIds.length);
    (this.optAt as number[]).push(optIds.length);
    return true;
  }

  req(i: number): number[] {
    const out: number[] = [];
    for (let j = this.reqAt[i]!, e = this.reqAt[i + 1]!; j < e; j++) out.push(this.reqIds[j]!);
    return out;
  }

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

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Words of a piece as key id * 4 + 2 if parenthetical + 1 if optional. A generic noun beside
 * other words ("anxiety disorder", "Alzheimer's disease") is optional: the other words name the
 * condition (a letter is not: "H disease"). Alone ("Disease, diseased", "disease NEC") it is the
 * term itself and required.
 */
function scanPiece(vocab: Vocab, piece: string, optional: Set<string>): number[] {
  const out: number[] = [];
  let others = false;
  let generic = false;
  let prev = '';
  scanWords(piece, (stem, _s, _e, neg, paren, alt) => {
    const g = genericNouns.has(stem);
    if (g) generic = true;
    else if (!neg && !paren && !alt && stem.length > 1) others = true;
    // An age's "old" ("newborn 8 to 28 days old") a note leaves unsaid; "Old myocardial infarction" needs it.
    const ageOld = stem === 'old' && ageUnit.has(prev);
    prev = stem;
    out.push(vocab.id(neg ? `!${stem}` : stem) * 4 + (paren ? 2 : 0) + (alt || ageOld || optional.has(stem) ? 1 : 0));
  });
  if (generic && others) for (let j = 0; j < out.length; j++) if (genericNouns.has(vocab.keys[out[j]! >> 2]!)) out[j] = out[j]! | 1;
  return out;
}

const ageUnit = new Set(['day', 'week', 'month', 'year']);

/**
 * "arteriosclerosis"/"arteriosclerotic": one word's forms, differing in a suffix at most; not "pneumonia"/"pneumococcal",
 * nor "hypogonadism"/"hypogonadotropic" ("Hypogonadism, hypogonadotropic" E23.0 is one kind, not any hypogonadism).
 */
function derivedForm(a: string, b: string): boolean {
  if (a.length < 8 || b.length < 8 || a.slice(0, 7) !== b.slice(0, 7)) return false;
  let same = 7;
  while (same < a.length && a[same] === b[same]) same++;
  return Math.max(a.length, b.length) - same <= 4;
}
