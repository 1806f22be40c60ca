/**
 * A plain, independent count of an X12 file for tests: split by the separators at the fixed ISA
 * positions (element 3, component 104, terminator 105) and tally segments by id, with no use of
 * the project's reader. Tests compare what the reader reports with these figures.
 */
export interface PlainCount {
  segments: Record<string, number>;
  /** CAS reason codes (CAS02, 05, 08, 11, 14, 17 that are not empty). */
  adjustments: number;
  /** Sum of CLP04, in cents. */
  paidCents: number;
  /** Every PLB amount (PLB04, 06, ... 14), in cents, file order. */
  plbCents: number[];
}

export function plainCount(input: string): PlainCount {
  const text = input.replace(/^\uFEFF/, '').replace(/^\s+/, '');
  const element = text[3]!;
  const terminator = text[105]!;
  const segments: Record<string, number> = {};
  let adjustments = 0;
  let paidCents = 0;
  const plbCents: number[] = [];
  for (const raw of text.split(terminator)) {
    const el = raw
      .trim()
      .split(element)
      .map((e) => e.trim());
    const id = el[0]!;
    if (id === '') continue;
    segments[id] = (segments[id] ?? 0) + 1;
    if (id === 'CAS') for (let i = 2; i < el.length; i += 3) if (el[i]) adjustments++;
    if (id === 'CLP') paidCents += Math.round(Number(el[4]) * 100);
    if (id === 'PLB') for (let i = 4; i < el.length; i += 2) if (el[i - 1]) plbCents.push(Math.round(Number(el[i]) * 100));
  }
  return { segments, adjustments, paidCents, plbCents };
}
