import { X12Parser, type X12Segment } from 'node-x12';
import { checkEnvelope, readSeparators } from './envelope.ts';
import { transactionMapper } from './map-835.ts';
import type { Remittance } from './model.ts';
import { RemitError } from './remit-error.ts';

/**
 * The one Node-only file in shared/ (DESIGN allows none elsewhere): node-x12 parses on Node
 * streams, so the CLI and the Node worker read 835 files here; the browser never does (portal
 * pages go through triage-remit.ts, which needs only the model).
 *
 * Reads an X12 835 with node-x12 into one Remittance per transaction set (ST/SE). Throws a
 * RemitError naming the segment and its position for anything malformed: missing ISA, bad
 * separators, broken nesting, wrong SE/GE/IEA counts or control numbers, a claim without
 * service lines, a non-numeric amount.
 *
 * node-x12's segment stream is used rather than `parse()`: `parse()` builds a position-tracked
 * object model of the whole interchange first (about 10x slower and 100x the file size in
 * memory on a 20,000-claim file), while each streamed segment is mapped and dropped at once.
 */
export function read835(input: string): Remittance[] {
  // A byte-order mark or blank lines before ISA would shift the fixed-width ISA positions.
  const text = input.replace(/^\uFEFF/, '').replace(/^\s+/, '');
  const sep = readSeparators(text);
  const expected = checkEnvelope(text, sep);
  const out: Remittance[] = [];
  const state = { pos: 0, isa13: '', gs06: '', st02: '', transactions: 0, groups: 0, count: 0, mapper: transactionMapper(sep) };
  const parser = new X12Parser(false);
  parser.on('data', (s: X12Segment) => onSegment(s.tag, s.elements.map((e) => e.value.trim())));
  parser.on('error', (err: Error) => {
    throw new RemitError('ISA', 1, `X12 parser: ${err.message}`);
  });
  // A Transform in object mode hands each segment to 'data' during write(): all are seen below.
  parser.write(text);
  parser.end();
  if (state.pos !== expected) throw new RemitError('IEA', expected, `X12 parser returned ${state.pos} segments, expected ${expected}`);
  return out;

  function onSegment(id: string, el: string[]): void {
    const pos = ++state.pos;
    switch (id) {
      case 'ISA':
        state.isa13 = el[12] ?? '';
        return;
      case 'GS':
        state.gs06 = el[5] ?? '';
        state.transactions = 0;
        return;
      case 'ST':
        if (el[0] !== '835') throw new RemitError('ST', pos, `transaction set ${JSON.stringify(el[0] ?? '')} is not an 835`);
        state.st02 = el[1] ?? '';
        state.count = 0;
        state.mapper = transactionMapper(sep);
        return;
      case 'SE':
        countCheck('SE', pos, el[0], state.count + 2);
        if (el[1] !== state.st02) throw new RemitError('SE', pos, `control number ${el[1]} != ST02 ${state.st02}`);
        out.push(state.mapper.finish());
        state.transactions++;
        return;
      case 'GE':
        countCheck('GE', pos, el[0], state.transactions);
        if (el[1] !== state.gs06) throw new RemitError('GE', pos, `control number ${el[1]} != GS06 ${state.gs06}`);
        state.groups++;
        return;
      case 'IEA':
        countCheck('IEA', pos, el[0], state.groups);
        if (el[1] !== state.isa13) throw new RemitError('IEA', pos, `control number ${el[1]} != ISA13 ${state.isa13}`);
        return;
      default:
        state.count++;
        state.mapper.add({ id, el, pos });
    }
  }
}

function countCheck(id: string, pos: number, given: string | undefined, actual: number): void {
  if (!given || !/^\d+$/.test(given)) throw new RemitError(id, pos, `count ${JSON.stringify(given ?? '')} is not a number`);
  if (Number(given) !== actual) throw new RemitError(id, pos, `count ${Number(given)} != ${actual}`);
}
