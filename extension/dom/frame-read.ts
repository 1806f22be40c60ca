/**
 * Readers for pages built of same-origin frames (OpenEMR's tab frames, Epic's nested activity
 * frames) and small claim-form helpers shared by the site adapters. Nothing here writes to a page.
 */

/** The document and every same-origin frame document below it, depth first, in page order. */
export function* frameDocs(doc: Document, opts: { visibleOnly?: boolean } = {}): Generator<Document> {
  yield doc;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    if (opts.visibleOnly && !frameVisible(frame)) continue;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // cross-origin frame: not readable, and not ours to read
    }
    if (inner) yield* frameDocs(inner, opts);
  }
}

/** First element matching any of the selectors (tried in order: each is a fallback) in any frame. */
export function queryDeep(doc: Document, ...selectors: string[]): Element | undefined {
  for (const selector of selectors) {
    for (const d of frameDocs(doc)) {
      const el = d.querySelector(selector);
      if (el) return el;
    }
  }
  return undefined;
}

/** Whether a frame is shown: tab UIs keep inactive tabs loaded in hidden frames. */
export function frameVisible(frame: Element): boolean {
  for (let el: Element | null = frame; el; el = el.parentElement) {
    const style = el.getAttribute('style') ?? '';
    if ((el as HTMLElement).hidden || /display\s*:\s*none/i.test(style)) return false;
  }
  return true;
}

/** Collapsed text of an element; undefined when empty. */
export function textIn(el: Element | null | undefined): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Value of a form control (input, select, textarea) or the text of any other element. */
export function valueIn(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
    const v = (el as HTMLInputElement).value?.trim();
    return v ? v : undefined;
  }
  return textIn(el);
}

/** "1,234.50" / "$180.00" -> number; NaN when there is no number (the claim schema reports it). */
export function money(text: string | undefined): number {
  const cleaned = (text ?? '').replace(/[$,\s]/g, '');
  return cleaned && /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : NaN;
}

/** "A, B" or "1 2" or separate cells -> 1-based diagnosis pointers (CMS-1500 box 24E). */
export function pointers(parts: (string | undefined)[]): number[] {
  const letters = 'ABCDEFGHIJKL';
  return parts
    .flatMap((p) => (p ?? '').split(/[\s,]+/))
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : letters.indexOf(p.toUpperCase()) + 1))
    .filter((n) => n > 0);
}

/** Patient age and sex from banner text such as "58 Y M", "67 y.o. female", "F · 76 yo". */
export function ageSex(text: string | undefined): { age?: number; sex?: 'F' | 'M' } {
  const t = text ?? '';
  const age = Number(t.match(/\b(\d{1,3})\s*(?:y\.?o\.?|yrs?|years?|y)\b/i)?.[1]);
  const sexWord = t.match(/\b(female|male|F|M)\b/i)?.[1]?.toUpperCase();
  const sex = sexWord ? (sexWord.startsWith('F') ? 'F' : 'M') : undefined;
  return { ...(Number.isFinite(age) && { age }), ...(sex && { sex }) };
}

/** Text with a space between separate text nodes: chips like <span>N290</span><span>MA130</span> stay apart. */
export function spacedText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
