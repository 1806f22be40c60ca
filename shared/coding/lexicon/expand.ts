import { tokenize, type Token } from '../text/tokens.ts';
import { abbreviations, rewrites } from './abbreviations.ts';

interface Piece {
  start: number;
  end: number;
  words: string;
}

/**
 * Tokens of a stretch of the note with shorthand expanded; expanded tokens keep the span of the
 * shorthand they came from, so evidence stays an exact slice of the input.
 */
export function expandTokens(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const pieces: Piece[] = [];
  const taken = (a: number, b: number) => pieces.some((p) => a < p.end && b > p.start);
  for (const [re, fn] of rewrites) {
    for (const m of slice.matchAll(new RegExp(re.source, re.flags))) {
      const a = m.index!,
        b = a + m[0].length;
      if (!taken(a, b)) pieces.push({ start: a, end: b, words: fn(m) });
    }
  }
  for (const [re, words] of abbreviations) {
    for (const m of slice.matchAll(new RegExp(re.source, re.flags))) {
      const a = m.index!,
        b = a + m[0].length;
      if (!taken(a, b)) pieces.push({ start: a, end: b, words });
    }
  }
  pieces.sort((x, y) => x.start - y.start);
  let masked = '';
  let at = 0;
  const spans: { from: number; to: number; piece: Piece }[] = [];
  for (const p of pieces) {
    masked += slice.slice(at, p.start);
    const from = masked.length;
    masked += ` ${p.words} `;
    spans.push({ from, to: masked.length, piece: p });
    at = p.end;
  }
  masked += slice.slice(at);
  // Map each masked offset back to the note: inside an expansion, to the shorthand's span.
  const back = (off: number, isEnd: boolean): number => {
    let shift = 0;
    for (const s of spans) {
      if (off < s.from) break;
      if (off < s.to || (isEnd && off === s.to)) return start + (isEnd ? s.piece.end : s.piece.start);
      shift += s.to - s.from - (s.piece.end - s.piece.start);
    }
    return start + off - shift;
  };
  return tokenize(masked).map((t) => ({ ...t, start: back(t.start, false), end: back(t.end, true) }));
}
