import { useLayoutEffect, useState } from 'preact/hooks';
import type { Flag } from '../../shared/contracts/flag.ts';
import { elementFor, pageRect } from './field-markers.tsx';

type Box = { top: number; left: number; right: number; height: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.top + b.height && b.top < a.top + a.height;
export interface Aside {
  side: 'right' | 'left';
  /** Set when both sides hold flagged fields: the panel is kept below the lowest of them. */
  maxHeight?: number;
}

const margin = 16;
const launcherSpace = 44;
const minHeight = 160;

/**
 * The panel never covers a field it flags: it opens at the bottom right, moves to the left when a
 * flagged field sits under it there, and when both sides hold flagged fields it is made short
 * enough to stay below them (re-decided when it opens, the flags change or the page scrolls).
 */
export function usePanelAside(panel: { current: HTMLElement | null }, open: boolean, flags?: Flag[], fields?: Record<string, Element>): Aside {
  const [aside, setAside] = useState<Aside>({ side: 'right' });
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    if (!open) return;
    const onScroll = () => setTick((t) => t + 1);
    addEventListener('scroll', onScroll, { passive: true, capture: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
    };
  }, [open]);
  useLayoutEffect(() => {
    if (!open || !panel.current || !flags || !fields) return;
    const r = panel.current.getBoundingClientRect();
    const width = r.right - r.left;
    const bottom = innerHeight - margin - launcherSpace;
    // Its natural height (the CSS caps it at 70% of the window), not the height a cap left it.
    const full = Math.min(panel.current.scrollHeight + (r.height - panel.current.clientHeight), Math.round(innerHeight * 0.7));
    // Each flagged field with its marker (18 px, 4 px to its right).
    const flagged = flags
      .filter((f) => f.severity !== 'info')
      .map((f) => elementFor(f.field, fields))
      .filter((e): e is Element => !!e)
      .map(pageRect)
      .map((b) => ({ ...b, right: b.right + 22 }));
    const column = (left: number): Box => ({ left, right: left + width, top: bottom - full, height: full });
    const under = (b: Box) => flagged.filter((f) => overlaps(b, f));
    const right = under(column(innerWidth - margin - width));
    const left = under(column(margin));
    if (right.length === 0 || left.length === 0) return setAside({ side: right.length === 0 ? 'right' : 'left' });
    // Both sides: stay on the side whose flagged fields end higher, below the lowest of them.
    const lowest = (bs: typeof flagged) => Math.max(...bs.map((b) => b.top + b.height));
    const side = lowest(right) <= lowest(left) ? 'right' : 'left';
    setAside({ side, maxHeight: Math.max(minHeight, bottom - lowest(side === 'right' ? right : left) - 8) });
  }, [open, flags, fields, tick]);
  return aside;
}
