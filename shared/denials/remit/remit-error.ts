/**
 * A malformed 835: the message names the segment id and its 1-based position in the file
 * (ISA is segment 1), e.g. `SE at segment 27: count 25 != 26`. One line, no stack.
 */
export class RemitError extends Error {
  override name = 'RemitError';
  constructor(
    readonly segmentId: string,
    readonly position: number,
    detail: string,
  ) {
    super(`${segmentId} at segment ${position}: ${detail}`);
  }
}
