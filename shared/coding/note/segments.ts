import type { Section } from './sections.ts';

/** A stretch of text coded as one statement: a problem item, a sentence or a clause head. */
export interface Segment {
  start: number;
  end: number;
  /** The diagnosis statement: the text before " - " / ";" (the rest is status and plan). */
  headEnd: number;
  section: Section;
  /** Line it sits on, and whether it follows the first sentence of a numbered or bulleted item (plan text). */
  line: number;
  cont: boolean;
  /** Whether it sits on a numbered or "#" problem line ("1.", "(2)", "#3"), not a "-" bullet. */
  numbered: boolean;
}

/**
 * Items of a section: numbered/bulleted lines, then sentences ("." followed by a space and not
 * inside a number like 7.9 or after an organism's initial like "E. coli"). Each sentence's head
 * is what a coder reads as the diagnosis.
 */
export function segments(text: string, section: Section): Segment[] {
  const out: Segment[] = [];
  const body = text.slice(section.bodyStart, section.end);
  const re = /[^\n]+/g;
  let lineNo = 0;
  for (const physical of body.matchAll(re)) {
    lineNo++;
    for (const line of inlineItems(physical[0], physical.index)) {
      // A "#" problem may be written against its word ("#Alcohol dependence ...").
      const item = /^\s*(?:(?:\d{1,2}[.)]|[-*•]|\(\d+\)|#\s?\d{0,2}[.):]?)\s|#(?=[A-Za-z]))/.test(line[0]);
      let first = true;
      const lineStart = section.bodyStart + line.index;
      const clean = line[0].replace(/^(\s*(?:(?:\d{1,2}[.)]|[-*•]|\(\d+\)|#\s?\d{0,2}[.):]?)\s*|#(?=[A-Za-z])))/, (m) => ' '.repeat(m.length));
      // A "?" against a word ("?early hidradenitis", "?PE"), or standing alone before one ("; ? NASH"),
      // marks doubt, not the end of a sentence.
      for (const s of clean.matchAll(
        /(?:[^.!?]|\?(?=\w)|(?<=(?:^|[\s;,(])\s*)\?(?=\s+\w))+(?:(?:\.(?=\d)|(?<=\b[A-Z])\.(?= ?[a-z]))(?:[^.!?]|\?(?=\w)|(?<=(?:^|[\s;,(])\s*)\?(?=\s+\w))*)*(?:[.!?]+|$)/g,
      )) {
        const raw = s[0];
        const lead = raw.length - raw.trimStart().length;
        const start = lineStart + s.index + lead;
        const end = lineStart + s.index + raw.trimEnd().length;
        if (end <= start) continue;
        const seg = text.slice(start, end);
        const cut = headCut(seg);
        out.push({
          start,
          end,
          headEnd: cut > 0 ? start + cut : end,
          section,
          line: lineNo,
          cont: item && !first,
          numbered: item && !/^\s*[-*•]/.test(line[0]),
        });
        first = false;
      }
    }
  }
  return out;
}

/**
 * A problem list run together on one line ("Assessment: 1. T2DM. 2. Essential hypertension.
 * 3. Hyperlipidemia.") holds several items: split where a number marker follows a sentence end.
 */
function inlineItems(line: string, index: number): { 0: string; index: number }[] {
  const starts = [0];
  for (const m of line.matchAll(/(?<=[.!?;]\s{1,3})(?:\d{1,2}[.)]|\(\d+\)|#\d{1,2}[.):]?)\s/g)) starts.push(m.index);
  return starts.map((at, i) => ({ 0: line.slice(at, starts[i + 1] ?? line.length), index: index + at }));
}

/** Where a statement's diagnosis ends: the first " - ", ";" or ": " outside parentheses ("polyps removed (sigmoid - snare; rectum - forceps)"). */
function headCut(seg: string): number {
  let depth = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (
      depth === 0 &&
      (c === ';' || (c === ':' && /\s/.test(seg[i + 1] ?? '')) || (/[-–—]/.test(c!) && /\s/.test(seg[i - 1] ?? '') && /\s/.test(seg[i + 1] ?? '')))
    )
      return c === ';' || c === ':' ? i : i - 1;
  }
  return -1;
}

/**
 * [start, end) of each clause of text[start, end): between top-level ";" and spaced dashes, the
 * marks headCut reads as a statement's end (none inside parentheses).
 */
export function clausesOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = text[i] ?? '';
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (i === end || (depth === 0 && (c === ';' || (/[-–—]/.test(c) && text[i - 1] === ' ' && text[i + 1] === ' ')))) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}
