import { readPageModel } from '../page-model/page-model.ts';
import { frameDocs } from '../dom/frame-read.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

const minChars = 200;

/**
 * Any other site (CONTRACTS §5): the user's selection (in the page or any same-origin frame) if
 * any, else the focused editor, else the document body the page model finds. Around it the page
 * model reads the encounter (age, sex, date of service, setting) from the banner and headers; a
 * page with no clinical document yields no note, so nothing is coded there.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  detect: () => true,
  read(doc): PageFindings {
    const selection = selectedRange(doc);
    const chosen = selection ? elementOf(selection.commonAncestorContainer) : focusedEditor(doc);
    const model = readPageModel(doc, chosen);
    if (!model.note) return {};
    const { setting, age, sex, dateOfService } = model.encounter;
    return {
      note: {
        roots: [model.note],
        ...(selection && { range: selection }),
        setting: setting ?? 'office',
        patient: { ...(age !== undefined && { age }), ...(sex && { sex }) },
        ...(dateOfService && { dateOfService }),
        encounter: model.encounter,
      },
    };
  },
};

/** A selection of a sentence or more, in the page or in a same-origin frame, means "code this". */
function selectedRange(doc: Document): Range | undefined {
  for (const d of frameDocs(doc)) {
    const sel = d.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || sel.toString().trim().length < 20) continue;
    const range = sel.getRangeAt(0);
    if (elementOf(range.commonAncestorContainer)?.closest('chartside-overlay')) continue;
    return range;
  }
  return undefined;
}

const elementOf = (node: Node): Element | undefined => (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? undefined));

function focusedEditor(doc: Document): Element | undefined {
  let el = doc.activeElement;
  while (el instanceof HTMLIFrameElement) el = el.contentDocument?.activeElement ?? null; // focus inside a frame
  if (!el || el.closest('chartside-overlay')) return undefined;
  const editable = el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable;
  const length = el instanceof HTMLTextAreaElement ? el.value.trim().length : ((el as HTMLElement).textContent ?? '').trim().length;
  return editable && length >= minChars ? el : undefined;
}
