import { X12Parser, type X12Interchange, type X12Segment } from 'node-x12';
import { checkEnvelope, readSeparators, type Separators } from './envelope.ts';
import { mapTransaction, type Seg } from './map-835.ts';
import type { Remittance } from './model.ts';
import { RemitError } from './remit-error.ts';

/**
 * Reads an X12 835 with node-x12 into one Remittance per transaction set (ST/SE). Throws a
 * RemitError naming the segment and its position for anything malformed: missing ISA, bad
 * separators, broken nesting, wrong SE/GE/IEA counts or control numbers, a claim without
 * service lines, a non-numeric amount.
 */
export function read835(input: string): Remittance[] {
  // A byte-order mark or blank lines before ISA would shift the fixed-width ISA positions.
  const text = input.replace(/^\uFEFF/, '').replace(/^\s+/, '');
  const sep = readSeparators(text);
  checkEnvelope(text, sep);
  const parser = new X12Parser(false);
  let parsed: ReturnType<X12Parser['parse']>;
  try {
    parsed = parser.parse(text);
  } catch (err) {
    throw new RemitError('ISA', 1, `X12 parser: ${(err as Error).message}`);
  }
  // checkEnvelope allows one interchange only, so this is never a fat interchange.
  const interchange = parsed as X12Interchange;
  return walk(interchange, sep);
}

const values = (s: X12Segment): string[] => s.elements.map((e) => e.value.trim());

function walk(ic: X12Interchange, sep: Separators): Remittance[] {
  const out: Remittance[] = [];
  let pos = 1; // ISA
  for (const group of ic.functionalGroups) {
    const gs = values(group.header);
    pos++;
    for (const tx of group.transactions) {
      const st = values(tx.header);
      const stPos = ++pos;
      if (st[0] !== '835') throw new RemitError('ST', stPos, `transaction set ${JSON.stringify(st[0] ?? '')} is not an 835`);
      const segs: Seg[] = tx.segments.map((s) => ({ id: s.tag, el: values(s), pos: ++pos }));
      const se = values(tx.trailer);
      pos++;
      countCheck('SE', pos, se[0], segs.length + 2);
      if (se[1] !== st[1]) throw new RemitError('SE', pos, `control number ${se[1]} != ST02 ${st[1]}`);
      out.push(mapTransaction(segs, sep));
    }
    const ge = values(group.trailer);
    pos++;
    countCheck('GE', pos, ge[0], group.transactions.length);
    if (ge[1] !== gs[5]) throw new RemitError('GE', pos, `control number ${ge[1]} != GS06 ${gs[5]}`);
  }
  const iea = values(ic.trailer);
  pos++;
  countCheck('IEA', pos, iea[0], ic.functionalGroups.length);
  const isa13 = values(ic.header)[12];
  if (iea[1] !== isa13) throw new RemitError('IEA', pos, `control number ${iea[1]} != ISA13 ${isa13}`);
  return out;
}

function countCheck(id: string, pos: number, given: string | undefined, actual: number): void {
  if (!given || !/^\d+$/.test(given)) throw new RemitError(id, pos, `count ${JSON.stringify(given ?? '')} is not a number`);
  if (Number(given) !== actual) throw new RemitError(id, pos, `count ${Number(given)} != ${actual}`);
}
