import { useEffect, useState } from 'preact/hooks';
import { NoteOutline } from './note-outline.tsx';

interface Props {
  host: Element;
  prompt: string;
  onPick(el: Element): void;
  onCancel(): void;
  /**
   * Teaching the note by outline: the area a pointed element stands for (the whole note around a
   * clicked section). A click then shows that area for confirmation instead of saving it.
   */
  propose?(el: Element): Element;
}

/**
 * Pick mode for "teach this page": a transparent layer in the shadow root follows the pointer and
 * outlines the block under it (or the whole note area around it); a click picks it, or, for the
 * note, proposes it with "Use this area", "Wider" and "Cancel". Escape cancels. The page itself is
 * not touched.
 */
export function PagePicker({ host, prompt, onPick, onCancel, propose }: Props) {
  const [target, setTarget] = useState<Element | null>(null);
  const [proposal, setProposal] = useState<Element | null>(null);
  const current = proposal ?? target;
  useEffect(() => {
    // Keyboard: ArrowUp widens to the enclosing block, ArrowDown narrows back, Enter picks.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
      else if (e.key === 'Enter' && current) onPick(current);
      else if (e.key === 'ArrowUp' && current?.parentElement && current.parentElement !== current.ownerDocument.body) {
        (proposal ? setProposal : setTarget)(current.parentElement);
      } else if (e.key === 'ArrowDown' && current?.firstElementChild) (proposal ? setProposal : setTarget)(current.firstElementChild);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    addEventListener('keydown', onKey, true);
    return () => removeEventListener('keydown', onKey, true);
  }, [onCancel, onPick, current, proposal]);
  const under = (x: number, y: number) => {
    const el = document.elementsFromPoint(x, y).find((e) => e !== host && !host.contains(e) && e !== document.body && e !== document.documentElement);
    return el ? (propose?.(el) ?? el) : null;
  };
  if (proposal) {
    const parent = proposal.parentElement;
    return (
      <div class="picker proposing" role="dialog" aria-label="Confirm the note area">
        <NoteOutline el={proposal} label="Read this area as the note?">
          <button type="button" class="use-area" onClick={() => onPick(proposal)}>
            Use this area
          </button>
          <button type="button" disabled={!parent || parent === document.body} onClick={() => parent && setProposal(parent)}>
            Wider
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </NoteOutline>
      </div>
    );
  }
  const box = target?.getBoundingClientRect();
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: pointing at a page element is a mouse act; Escape cancels (keydown listener above) and "what I read" is the keyboard route
    <div
      class="picker"
      role="dialog"
      aria-label={prompt}
      onMouseMove={(e) => setTarget(under(e.clientX, e.clientY))}
      onClick={(e) => {
        const el = under(e.clientX, e.clientY);
        if (el) (propose ? setProposal : onPick)(el);
      }}
    >
      <p class="picker-hint" role="status">
        {prompt} (↑ widens, ↓ narrows, Enter picks, Esc cancels).
      </p>
      {box && <div class="picker-box" style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }} />}
    </div>
  );
}
