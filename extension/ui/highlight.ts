/**
 * Evidence highlighting with the CSS Custom Highlight API: the page's DOM is never changed. The
 * ::highlight rule goes in through a constructed stylesheet adopted by the document (no <style>
 * element is inserted), once per document.
 */
const name = 'chartside-evidence';
const styled = new WeakSet<Document>();

export function highlightRange(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  const win = doc?.defaultView as (Window & typeof globalThis) | null;
  if (!doc || !win || !('highlights' in win.CSS)) return false;
  if (!styled.has(doc)) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(`::highlight(${name}) { background-color: #ffe066; color: inherit; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styled.add(doc);
  }
  win.CSS.highlights.set(name, new win.Highlight(range));
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

export function clearHighlight(doc: Document = document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  win?.CSS.highlights?.delete(name);
}
