import type { PageFindings, SiteAdapter } from './types.ts';

const minChars = 200;
const candidates = 'textarea, [contenteditable=""], [contenteditable=true], article, main, section, div, pre, td';

/**
 * Any other site (CONTRACTS §5): the user's selection if any, else the focused editor, else the
 * largest visible block of text, textarea or contenteditable area, including same-origin frames.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  detect: () => true,
  read(doc): PageFindings {
    const root = selectionRoot(doc) ?? focusedEditor(doc) ?? largestBlock(doc);
    return root ? { note: { roots: [root], setting: 'office', patient: {} } } : {};
  },
};

/** A selection of a sentence or more means "code this". */
function selectionRoot(doc: Document): Element | undefined {
  const sel = doc.getSelection();
  if (!sel || sel.isCollapsed || sel.toString().trim().length < 20) return undefined;
  const node = sel.getRangeAt(0).commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement ?? undefined;
}

function focusedEditor(doc: Document): Element | undefined {
  const el = doc.activeElement;
  if (!el || el.closest('chartside-overlay')) return undefined;
  const editable = el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable;
  return editable && textLength(el) >= minChars ? el : undefined;
}

function largestBlock(doc: Document): Element | undefined {
  let best: Element | undefined;
  let bestLen = 0;
  for (const d of documents(doc)) {
    for (const el of d.querySelectorAll<HTMLElement>(candidates)) {
      if (el.closest('chartside-overlay') || !visible(el)) continue;
      const len = textLength(el);
      // Keep the innermost block holding nearly all of the text: wrappers add only chrome.
      if (len > bestLen * 1.15 || (best?.contains(el) && len >= bestLen * 0.85)) {
        best = el;
        bestLen = len;
      }
    }
  }
  return bestLen >= minChars ? best : undefined;
}

function textLength(el: Element): number {
  return el instanceof HTMLTextAreaElement ? el.value.trim().length : ((el as HTMLElement).innerText ?? '').trim().length;
}

function* documents(doc: Document): Generator<Document> {
  yield doc;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner) yield* documents(inner);
    } catch {
      // cross-origin frame: not ours to read
    }
  }
}

function visible(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}
