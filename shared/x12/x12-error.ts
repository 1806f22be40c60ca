/**
 * Malformed X12: the message names the segment id and its 1-based position in the file (ISA is
 * segment 1), and the element when one is at fault, e.g. `SE at segment 27: count 25 != 26` or
 * `SV1 at segment 40: SV104 "x" is not a number`. One line, no stack.
 */
export class X12Error extends Error {
  override name = 'X12Error';
  constructor(
    readonly segmentId: string,
    readonly position: number,
    detail: string,
  ) {
    super(`${segmentId} at segment ${position}: ${detail}`);
  }
}

export const show = (s: string): string => JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);
