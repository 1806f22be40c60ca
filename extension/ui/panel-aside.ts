import { useLayoutEffect, useState } from 'preact/hooks';
import type { Flag } from '../../shared/contracts/flag.ts';
import { elementFor, pageRect } from './field-markers.tsx';

type Box = { top: number; left: number; right: number; height: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * The panel never covers a field it flags: it opens on the right, and moves to the left of the
 * window when a flagged field sits under it there (re-decided when it opens or the flags change).
 */
export function usePanelAside(panel: { current: HTMLElement | null }, open: boolean, flags?: Flag[], fields?: Record<string, Element>): 'right' | 'left' {
  const [side, setSide] = useState<'right' | 'left'>('right');
  useLayoutEffect(() => {
    if (!open || !panel.current || !flags || !fields) return;
    const r = panel.current.getBoundingClientRect();
    const width = r.right - r.left;
    const flagged = flags.filter((f) => f.severity !== 'info').map((f) => elementFor(f.field, fields)).filter((e): e is Element => !!e).map(pageRect);
    const right: Box = { top: r.top, height: r.height, left: innerWidth - 16 - width, right: innerWidth - 16 };
    const left: Box = { top: r.top, height: r.height, left: 16, right: 16 + width };
    const coversRight = flagged.some((b) => overlaps(right, b));
    const coversLeft = flagged.some((b) => overlaps(left, b));
    setSide(coversRight && !coversLeft ? 'left' : 'right');
  }, [open, flags, fields]);
  return side;
}
