/** Pure chart geometry, kept apart from the components so it can be tested without a DOM. */

/** Bar lengths proportional to the largest value; a non-zero value stays visible (at least 2 px). */
export function barLengths(values: number[], full: number): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max <= 0 || v <= 0 ? 0 : Math.max(2, (v / max) * full)));
}

const point = (cx: number, cy: number, r: number, turn: number) => {
  const a = turn * 2 * Math.PI - Math.PI / 2; // 0 turns is twelve o'clock, clockwise
  return `${(cx + r * Math.cos(a)).toFixed(2)} ${(cy + r * Math.sin(a)).toFixed(2)}`;
};

/**
 * One donut slice from `start` to `end` (fractions of a turn) between radii `inner` and `outer`.
 * A full turn is drawn as two halves: an arc cannot start and end on the same point.
 */
export function slicePath(cx: number, cy: number, outer: number, inner: number, start: number, end: number): string {
  if (end - start >= 0.9999) return `${slicePath(cx, cy, outer, inner, 0, 0.5)} ${slicePath(cx, cy, outer, inner, 0.5, 1)}`;
  const large = end - start > 0.5 ? 1 : 0;
  return [
    `M ${point(cx, cy, outer, start)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(cx, cy, outer, end)}`,
    `L ${point(cx, cy, inner, end)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(cx, cy, inner, start)}`,
    'Z',
  ].join(' ');
}

/** Start and end of each slice as fractions of a turn; zero values get no slice. */
export function slices(values: number[]): { start: number; end: number }[] {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  let at = 0;
  return values.map((v) => {
    const start = at;
    at += total > 0 ? Math.max(0, v) / total : 0;
    return { start, end: at };
  });
}

export const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–');
