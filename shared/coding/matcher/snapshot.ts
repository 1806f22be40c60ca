import type { CodeSets } from '../../codes/code-sets.ts';
import { InclusionPhrases } from './inclusion-phrases.ts';
import { IndexPhrases } from './index-phrases.ts';
import { PhraseList, Vocab } from './phrase-list.ts';
import { primeTitleIndex, titleIndex, type TitleIndex } from './title-index.ts';

/**
 * A year's title matcher as plain JSON (typed arrays in base64), so a build step can ship it and
 * a cold service worker restores it in milliseconds instead of tokenizing ~75k titles. Titles
 * themselves are not stored: they are read from the code sets when a candidate is scored.
 */
export interface MatcherSnapshot {
  format: 1;
  year: string;
  keys: string[];
  codes: string;       // billable codes, undotted, space separated, in matcher order
  arrays: Record<'reqAt' | 'reqIds' | 'optAt' | 'optIds' | 'anchorAt' | 'anchorList', string>;
  idf: string;         // Float32 per key
}

export function snapshotMatcher(codeSets: CodeSets, dos?: string): MatcherSnapshot {
  const idx = titleIndex(codeSets, dos);
  const t = idx.titles;
  const int = (a: ArrayLike<number>) => b64(new Uint8Array(Int32Array.from(a).buffer));
  return {
    format: 1, year: codeSets.icdYearFor(dos) ?? 'none', keys: idx.vocab.keys.slice(), codes: t.codes.join(' '),
    arrays: { reqAt: int(t.reqAt), reqIds: int(t.reqIds), optAt: int(t.optAt), optIds: int(t.optIds), anchorAt: int(idx.anchorAt), anchorList: int(idx.anchorList) },
    idf: b64(new Uint8Array(Float32Array.from(idx.idf).buffer)),
  };
}

/** Restores a snapshot as the matcher of its year for these code sets; false when it does not fit them. */
export function restoreMatcher(codeSets: CodeSets, snap: MatcherSnapshot, dos?: string): boolean {
  if (snap?.format !== 1 || snap.year !== codeSets.icdYearFor(dos)) return false;
  const vocab = new Vocab();
  for (const k of snap.keys) vocab.id(k);
  const ints = (s: string) => new Int32Array(unb64(s).buffer);
  const titles = PhraseList.restore(snap.codes.split(' '), ints(snap.arrays.reqAt), ints(snap.arrays.reqIds), ints(snap.arrays.optAt), ints(snap.arrays.optIds),
    (code) => codeSets.icd(code, dos)?.title ?? code);
  const idf = Array.from(new Float32Array(unb64(snap.idf).buffer));
  const idx: TitleIndex = {
    vocab, titles, anchorAt: new Int32Array(unb64(snap.arrays.anchorAt).buffer), anchorList: new Int32Array(unb64(snap.arrays.anchorList).buffer),
    idf, maxIdf: Math.log(Math.max(2, titles.size)), phrases: new IndexPhrases(codeSets, dos, vocab),
    inclusions: new InclusionPhrases(codeSets, dos, vocab, () => titles.codes),
  };
  primeTitleIndex(codeSets, dos, idx);
  return true;
}

// btoa/atob are web-platform globals (service worker, browser, Node 16+): shared code may use them.
function b64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function unb64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
