/**
 * Extracts the visible text of some elements the way a reader sees it (block elements on their
 * own lines) and remembers where each character came from, so an evidence span [start, end)
 * can be turned back into a DOM Range for highlighting without touching the page's DOM.
 */
export interface TextMap {
  text: string;
  /** A Range over the page for [start, end), or null when the text came from a form field. */
  rangeFor(start: number, end: number): Range | null;
}

const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CHARTSIDE-OVERLAY', 'BUTTON', 'SELECT']);

interface Piece {
  start: number; // offset in text
  end: number;
  node: Text | null; // null: text of a form field, which has no DOM range
}

export function extractText(roots: Element[]): TextMap {
  let text = '';
  const pieces: Piece[] = [];
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data.replace(/[ \t\r\n\f]+/g, ' ');
      if (value.trim() === '' && (text.endsWith('\n') || text.endsWith(' ') || text === '')) return;
      pieces.push({ start: text.length, end: text.length + value.length, node: node as Text });
      text += value;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (skipTags.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return;
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text')) {
      newline();
      pieces.push({ start: text.length, end: text.length + el.value.length, node: null });
      text += el.value;
      newline();
      return;
    }
    const block = blockTags.has(el.tagName);
    if (block) newline();
    if (el instanceof HTMLIFrameElement) {
      try {
        if (el.contentDocument?.body) walk(el.contentDocument.body);
      } catch {
        // cross-origin frame: not readable, and not ours to read
      }
    }
    for (const child of el.childNodes) walk(child);
    if (block) newline();
  };
  for (const root of roots) {
    walk(root);
    newline();
  }
  return { text: text.trimEnd(), rangeFor: (start, end) => rangeFor(pieces, text, start, end) };
}

function rangeFor(pieces: Piece[], text: string, start: number, end: number): Range | null {
  const at = (offset: number, isEnd: boolean): [Text, number] | null => {
    // The piece holding the offset (a span may start on a newline between pieces: then the
    // next piece); whitespace was collapsed, so map within the piece by walking its raw data.
    const p = pieces.find((q) => (isEnd ? q.start < offset && offset <= q.end : q.start <= offset && offset < q.end))
      ?? (isEnd ? undefined : pieces.find((q) => q.start > offset));
    if (!p?.node) return null;
    return [p.node, rawOffset(p.node.data, Math.max(0, offset - p.start))];
  };
  if (start < 0 || end > text.length || start >= end) return null;
  const a = at(start, false);
  const b = at(end, true);
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], Math.min(a[1], a[0].length));
  range.setEnd(b[0], Math.min(b[1], b[0].length));
  return range;
}

/** Offset in the raw node data that corresponds to `collapsed` characters of collapsed text. */
function rawOffset(raw: string, collapsed: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < collapsed) {
    if (/\s/.test(raw[i]!)) {
      while (i < raw.length && /\s/.test(raw[i]!)) i++;
    } else {
      i++;
    }
    seen++;
  }
  return i;
}
