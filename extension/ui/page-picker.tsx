import { useEffect, useState } from 'preact/hooks';

interface Props {
  host: Element;
  prompt: string;
  onPick(el: Element): void;
  onCancel(): void;
}

/**
 * Pick mode for "teach this page": a transparent layer in the shadow root follows the pointer and
 * outlines the block under it; a click picks it, Escape cancels. The page itself is not touched.
 */
export function PagePicker({ host, prompt, onPick, onCancel }: Props) {
  const [target, setTarget] = useState<Element | null>(null);
  useEffect(() => {
    // Keyboard: ArrowUp widens to the enclosing block, ArrowDown narrows back, Enter picks.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
      else if (e.key === 'Enter' && target) onPick(target);
      else if (e.key === 'ArrowUp' && target?.parentElement && target.parentElement !== document.body) setTarget(target.parentElement);
      else if (e.key === 'ArrowDown' && target?.firstElementChild) setTarget(target.firstElementChild);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [onCancel, onPick, target]);
  const under = (x: number, y: number) =>
    document.elementsFromPoint(x, y).find((e) => e !== host && !host.contains(e) && e !== document.body && e !== document.documentElement) ?? null;
  const box = target?.getBoundingClientRect();
  return (
    <div class="picker" role="dialog" aria-label={prompt}
      onMouseMove={(e) => setTarget(under(e.clientX, e.clientY))}
      onClick={(e) => {
        const el = under(e.clientX, e.clientY);
        if (el) onPick(el);
      }}>
      <p class="picker-hint" role="status">{prompt} (↑ widens, ↓ narrows, Enter picks, Esc cancels).</p>
      {box && <div class="picker-box" style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }} />}
    </div>
  );
}
