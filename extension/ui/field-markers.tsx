import { useEffect, useState } from 'preact/hooks';
import type { Flag } from '../../shared/contracts/flag.ts';

interface Props {
  flags: Flag[];
  fields: Record<string, Element>;
}

/** The element for a flag's field, or for its line/diagnosis anchor when the exact field has none. */
export function elementFor(field: string, fields: Record<string, Element>): Element | undefined {
  return fields[field] ?? fields[field.match(/^(lines\[\d+\]|diagnoses\[\d+\])/)?.[1] ?? ''];
}

/** The element's box in the top page's viewport, adding the offsets of the frames it sits in. */
export function pageRect(el: Element): { top: number; left: number; right: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let { top, left } = r;
  for (let w: Window | null = el.ownerDocument.defaultView; w?.frameElement; w = w.parent) {
    const frame = w.frameElement.getBoundingClientRect();
    top += frame.top + w.frameElement.clientTop;
    left += frame.left + w.frameElement.clientLeft;
  }
  return { top, left, right: left + r.width, width: r.width, height: r.height };
}

/** Every same-origin window the fields live in, so scrolling inside a frame moves markers too. */
function windowsOf(fields: Record<string, Element>): Window[] {
  const wins = new Set<Window>([window]);
  for (const el of Object.values(fields)) {
    for (let w: Window | null = el.ownerDocument.defaultView; w && !wins.has(w); w = w.parent) wins.add(w);
  }
  return [...wins];
}

/**
 * A marker beside each flagged field: positioned over the page from inside the shadow root, never
 * injected into the EHR's form. Positions follow scrolling and resizing.
 */
export function FieldMarkers({ flags, fields }: Props) {
  const [, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const onMove = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((t) => t + 1));
    };
    const wins = windowsOf(fields);
    for (const w of wins) {
      w.addEventListener('scroll', onMove, { capture: true, passive: true });
      w.addEventListener('resize', onMove, { passive: true });
    }
    return () => {
      for (const w of wins) {
        w.removeEventListener('scroll', onMove, { capture: true });
        w.removeEventListener('resize', onMove);
      }
      cancelAnimationFrame(frame);
    };
  }, [fields]);
  const byElement = new Map<Element, Flag[]>();
  for (const f of flags) {
    if (f.severity === 'info') continue;
    const el = elementFor(f.field, fields);
    if (el) byElement.set(el, [...(byElement.get(el) ?? []), f]);
  }
  return (
    <div class="markers">
      {[...byElement].map(([el, list]) => {
        const r = pageRect(el);
        if (r.width === 0 && r.height === 0) return null;
        const worst = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
        const label = list.map((f) => `${f.rule}${f.carc ? ` (CARC ${f.carc})` : ''}: ${f.message}. Fix: ${f.fix}`).join('\n');
        return (
          <span
            class={`marker ${worst}`}
            data-marker-field={list[0]!.field}
            role="img"
            aria-label={label}
            title={label}
            style={{ top: `${r.top + r.height / 2 - 9}px`, left: `${r.right + 4}px` }}
          >
            {list.length > 1 ? list.length : '!'}
          </span>
        );
      })}
    </div>
  );
}
