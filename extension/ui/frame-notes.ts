import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameDocs } from '../dom/frame-read.ts';
import type { NoteOnPage } from '../adapters/types.ts';
import type { Encounter } from '../page-model/encounter.ts';
import { readPageModel } from '../page-model/page-model.ts';

/** A note read inside a frame of another origin, as its content script reported it. */
export interface FrameNote {
  frameId: number;
  text: string;
  selected: boolean;
  encounter: Pick<Encounter, 'setting' | 'age' | 'sex' | 'dateOfService'> & { sex?: 'F' | 'M' | 'U' };
}

/** The notes the tab's cross-origin frames reported, latest per frame. */
export class FrameNotes {
  private notes = new Map<number, FrameNote>();

  /** Takes a 'frameNote' message; false when it is not one. */
  accept(message: unknown): boolean {
    const m = message as Partial<FrameNote> & { type?: string };
    if (m?.type !== 'frameNote' || typeof m.frameId !== 'number' || typeof m.text !== 'string') return false;
    if (m.text) this.notes.set(m.frameId, { frameId: m.frameId, text: m.text, selected: !!m.selected, encounter: m.encounter ?? {} });
    else this.notes.delete(m.frameId);
    return true;
  }

  /**
   * The frame note to code instead of the page's own: a selection in a frame (unless the user
   * selected text in the page itself), or the longest frame note when the page has none.
   */
  choose(own: NoteOnPage | undefined, doc: Document): FrameNote | undefined {
    const all = [...this.notes.values()];
    const selected = all.find((n) => n.selected);
    if (selected && !ownSelection(doc)) return selected;
    if (own) return undefined;
    return all.sort((a, b) => b.text.length - a.text.length)[0];
  }
}

function ownSelection(doc: Document): boolean {
  return [...frameDocs(doc)].some((d) => (d.getSelection()?.toString().trim().length ?? 0) >= 20);
}

/** A frame's note as a note on this page: the top page's banner wins over what the frame shows. */
export function frameNoteOnPage(note: FrameNote, doc: Document): NoteOnPage {
  const encounter = readPageModel(doc).encounter;
  const fromTop = Object.fromEntries(Object.entries(encounter).filter(([k, v]) => v !== undefined && k !== 'from'));
  const { setting, age, sex, dateOfService } = { ...note.encounter, ...fromTop } as FrameNote['encounter'];
  return {
    roots: [],
    setting: setting ?? 'office',
    patient: { ...(age !== undefined && { age }), ...(sex && { sex }) },
    ...(dateOfService && { dateOfService }),
    encounter,
  };
}

/**
 * A selection inside a same-origin frame fires in that frame's document, not the page's: returns
 * a function that starts listening in frames not yet watched (call it on every reading).
 */
export function frameSelectionWatcher(ctx: ContentScriptContext, doc: Document, onChange: () => void): () => void {
  const watched = new WeakSet<Document>();
  return () => {
    for (const d of frameDocs(doc)) {
      if (d === doc || watched.has(d)) continue;
      watched.add(d);
      ctx.addEventListener(d, 'selectionchange', onChange);
    }
  };
}
