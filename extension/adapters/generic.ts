import type { PageFindings, SiteAdapter } from './types.ts';
import { noteText } from './dom-read.ts';

const minChars = 200;

/**
 * Any other site (CONTRACTS §5): the user's selection if any, else the largest visible text
 * block, textarea or contenteditable area, including same-origin frames.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  detect: () => true,
  read(doc): PageFindings {
    const selection = doc.getSelection()?.toString().trim();
    const text = selection && selection.length >= 20 ? selection : largestText(doc);
    return text ? { note: { text, setting: 'office', patient: {}, source: { adapter: 'generic' } } } : {};
  },
};

function largestText(doc: Document): string | undefined {
  let best = '';
  for (const d of documents(doc)) {
    for (const el of d.querySelectorAll<HTMLElement>('textarea, [contenteditable=""], [contenteditable=true], article, main, section, div, pre, td')) {
      if (el.closest('chartside-overlay') || !visible(el)) continue;
      const text = el instanceof HTMLTextAreaElement ? el.value : noteText(el);
      // Prefer the innermost block that still holds the text: a wrapper adds nothing.
      if (text.length > best.length * 1.2 || (text.length >= best.length * 0.9 && best.includes(text))) best = text;
    }
  }
  return best.trim().length >= minChars ? best.trim() : undefined;
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
