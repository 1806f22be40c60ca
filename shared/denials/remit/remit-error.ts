import { X12Error } from '../../x12/x12-error.ts';

/**
 * A malformed 835: the message names the segment id and its 1-based position in the file
 * (ISA is segment 1), e.g. `CLP at segment 11: CLP04 "12O" is not a number`. One line, no stack.
 * Envelope faults come from the X12 reader as its X12Error, the parent class.
 */
export class RemitError extends X12Error {
  override name = 'RemitError';
}
