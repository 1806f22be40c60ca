import { readSeparators, type Separators } from './separators.ts';
import { show, X12Error } from './x12-error.ts';

/** One segment inside a transaction set: id, element values (el[0] is XX01), 1-based file position. */
export interface Segment {
  id: string;
  el: string[];
  pos: number;
}

/** What ST opens: the set id (ST01), its control number, the GS08 guide version and the separators. */
export interface TransactionInfo {
  set: string;
  control: string;
  version: string;
  interchange: string;
  sep: Separators;
  pos: number;
}

export interface TransactionSink {
  add(s: Segment): void;
  /** At SE, before its count and control number are checked. */
  finish(): void;
}

export interface X12Reader {
  /** Feeds the next piece of the file; segments are handled as soon as their terminator arrives. */
  push(chunk: string): void;
  /** The file is complete: checks the last segment was terminated and every envelope closed. */
  end(): void;
}

/** X12 segment ids: an upper-case letter, then one or two upper-case letters or digits. */
function isSegmentId(id: string): boolean {
  if (id.length < 2 || id.length > 3) return false;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (i > 0 && c >= 48 && c <= 57))) return false;
  }
  return true;
}
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const opens: Record<string, [depth: number, parent: string, closer: string]> = { ISA: [0, '', 'IEA'], GS: [1, 'ISA', 'GE'], ST: [2, 'GS', 'SE'] };
const closes: Record<string, [depth: number, opener: string]> = { SE: [3, 'ST'], GE: [2, 'GS'], IEA: [1, 'ISA'] };

function countCheck(id: string, pos: number, given: string | undefined, actual: number): void {
  if (!given || !/^\d+$/.test(given)) throw new X12Error(id, pos, `count ${JSON.stringify(given ?? '')} is not a number`);
  if (Number(given) !== actual) throw new X12Error(id, pos, `count ${Number(given)} != ${actual}`);
}

/**
 * A streaming X12 reader: splits chunks into segments by the terminator the first ISA declares,
 * and checks the X12.6 control structure of every interchange in the file: ISA/IEA, GS/GE and
 * ST/SE nesting, SE01 segment count, GE01 transaction-set count and IEA01 group count (each
 * counter reset by its own header, so a file may hold several interchanges) and the control
 * numbers ISA13/IEA02, GS06/GE02, ST02/SE02. The body of each transaction set goes to the sink
 * `begin` returns. Only the unfinished segment is held between chunks, so memory stays bounded
 * whatever the file size. Throws X12Error naming the segment and its position.
 */
export function x12Reader(begin: (info: TransactionInfo) => TransactionSink): X12Reader {
  let buf = '';
  let sep: Separators | null = null;
  let pos = 0;
  let depth = 0; // 0 outside, 1 in ISA, 2 in GS, 3 in ST
  let isa13 = '';
  let gs06 = '';
  let gs08 = '';
  let st02 = '';
  let groups = 0;
  let transactions = 0;
  let count = 0;
  let sink: TransactionSink | null = null;

  const segment = (rawSeg: string, s: Separators, unterminated = false): void => {
    // Trim only when an end is whitespace (a line break after the terminator, mostly): most
    // segments are taken as they are, which matters at a few million segments a file.
    const seg = isSpace(rawSeg.charCodeAt(0)) || isSpace(rawSeg.charCodeAt(rawSeg.length - 1)) ? rawSeg.trim() : rawSeg;
    if (seg === '') return;
    pos++;
    const cut = seg.indexOf(s.element);
    const id = cut === -1 ? seg : seg.slice(0, cut);
    if (!isSegmentId(id)) {
      throw new X12Error(
        id.slice(0, 3) || '?',
        pos,
        `${show(seg)} does not start with a segment id followed by ${show(s.element)}: delimiters differ from those the ISA declares (element ${show(s.element)}, terminator ${show(s.terminator)})`,
      );
    }
    if (seg.includes('\n') || seg.includes('\r')) {
      const next = /[\r\n]\s*([A-Z][A-Z0-9]{1,2})/.exec(seg)?.[1] ?? '';
      throw new X12Error(
        id,
        pos,
        `holds a line break${next ? ` before ${show(next)}` : ''}: segments seem to end otherwise than with the terminator ${show(s.terminator)} the ISA declares`,
      );
    }
    // Whatever follows the last terminator is an unterminated segment, not whitespace.
    if (unterminated) throw new X12Error(id, pos, `is not ended by the terminator ${show(s.terminator)}`);
    const el = cut === -1 ? [] : seg.slice(cut + 1).split(s.element);
    for (let i = 0; i < el.length; i++) {
      const v = el[i]!;
      if (v.length > 0 && (v.charCodeAt(0) === 32 || v.charCodeAt(v.length - 1) === 32)) el[i] = v.trim();
    }
    const open = opens[id];
    const close = closes[id];
    if (open) {
      if (depth !== open[0]) throw new X12Error(id, pos, depth < open[0] ? `appears outside ${open[1]}` : `opens before the previous ${open[2]}`);
      depth++;
    } else if (close) {
      if (depth !== close[0]) throw new X12Error(id, pos, `has no open ${close[1]}`);
      depth--;
    } else if (depth !== 3) {
      throw new X12Error(id, pos, 'appears outside a transaction set (between ST and SE)');
    }
    switch (id) {
      case 'ISA':
        // A later interchange must use the delimiters the first one declared (the file was split by them).
        if (seg.length !== 105 || seg.charAt(104) !== s.component)
          throw new X12Error(id, pos, `declares other separators than the first ISA (component ${show(s.component)}, terminator ${show(s.terminator)})`);
        isa13 = el[12] ?? '';
        groups = 0;
        return;
      case 'GS':
        gs06 = el[5] ?? '';
        gs08 = el[7] ?? '';
        transactions = 0;
        return;
      case 'ST':
        st02 = el[1] ?? '';
        count = 1;
        sink = begin({ set: el[0] ?? '', control: st02, version: el[2] || gs08, interchange: isa13, sep: s, pos });
        return;
      case 'SE': {
        // The set's content is complete whatever SE says: a reader that keeps what it read gets it all.
        const done = sink!;
        sink = null;
        done.finish();
        countCheck(id, pos, el[0], count + 1);
        if (el[1] !== st02) throw new X12Error(id, pos, `control number ${el[1] ?? ''} != ST02 ${st02}`);
        transactions++;
        return;
      }
      case 'GE':
        countCheck(id, pos, el[0], transactions);
        if (el[1] !== gs06) throw new X12Error(id, pos, `control number ${el[1] ?? ''} != GS06 ${gs06}`);
        groups++;
        return;
      case 'IEA':
        countCheck(id, pos, el[0], groups);
        if (el[1] !== isa13) throw new X12Error(id, pos, `control number ${el[1] ?? ''} != ISA13 ${isa13}`);
        return;
      default:
        count++;
        sink!.add({ id, el, pos });
    }
  };

  const drain = (): void => {
    if (!sep) {
      // A byte-order mark or blank lines before ISA would shift the fixed-width ISA positions.
      buf = buf.replace(/^\uFEFF?\s*/, '');
      if (buf.length < 106) return;
      sep = readSeparators(buf);
    }
    const t = sep.terminator;
    let start = 0;
    for (let i = buf.indexOf(t); i !== -1; i = buf.indexOf(t, start)) {
      segment(buf.slice(start, i), sep);
      start = i + 1;
    }
    buf = start === 0 ? buf : buf.slice(start);
    // No segment is a megabyte long: a file without its terminator must not fill the memory.
    if (buf.length > 1 << 20) segment(buf, sep, true);
  };

  return {
    push(chunk: string) {
      buf += chunk;
      drain();
    },
    end() {
      if (!sep) sep = readSeparators(buf.replace(/^\uFEFF?\s*/, ''));
      // Old systems pad a file's end with NULs or a DOS end-of-file mark (Ctrl-Z): not a segment.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and Ctrl-Z padding is what this strips
      segment(buf.replace(/[\s\x00\x1a]+$/, ''), sep, true);
      if (depth === 3) throw new X12Error('SE', pos + 1, 'missing: the file ends inside a transaction set');
      if (depth === 2) throw new X12Error('GE', pos + 1, 'missing: the file ends inside a functional group');
      if (depth === 1) throw new X12Error('IEA', pos + 1, 'missing: the file ends without IEA');
      if (pos === 0) throw new X12Error('ISA', 1, 'missing: the file holds no segments');
    },
  };
}
