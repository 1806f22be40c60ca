import type { ComponentChildren } from 'preact';
import { viewportRect } from './note-context.ts';

interface Props {
  el: Element;
  label: string;
  children?: ComponentChildren;
}

/**
 * An outline over the note area, drawn in the overlay's shadow root (the page is not touched): what
 * Chartside reads as the note, or the area a teach proposes, with its actions beside it.
 */
export function NoteOutline({ el, label, children }: Props) {
  const r = viewportRect(el);
  return (
    <div class="note-outline-wrap">
      <div class="note-outline" data-note-outline="" style={{ top: `${r.top}px`, left: `${r.left}px`, width: `${r.width}px`, height: `${r.height}px` }} />
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset would bring form semantics and default borders; this is a toolbar-like button group */}
      <div class="note-outline-bar" role="group" aria-label={label} style={{ top: `${Math.max(0, r.top - 34)}px`, left: `${Math.max(0, r.left)}px` }}>
        <span>{label}</span>
        {children}
      </div>
    </div>
  );
}
