/** The highest seq this background has read from the worker: a new live stream resumes after it. */
let cursor = 0;

export const liveCursor = () => cursor;

/** Called with every seq the background reads (listed notes, thread states, live changes). */
export function sawSeq(seq: number): void {
  cursor = Math.max(cursor, seq);
}
