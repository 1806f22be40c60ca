/**
 * Extracts the text of some elements as it is rendered (the HTML Standard's innerText rules:
 * block boxes on their own lines, a blank line around paragraphs, <br> as a line break, and
 * `white-space: pre | pre-wrap | pre-line | break-spaces` keeping the author's line breaks) and
 * remembers where each character came from, so an evidence span [start, end) can be turned back
 * into a DOM Range for highlighting without touching the page's DOM.
 */
export interface TextMap {
  text: string;
  /** A Range over the page for [start, end), or null when the text came from a form field. */
  rangeFor(start: number, end: number): Range | null;
  /** The element a character of the text came from (a text node's parent, or the form field). */
  elementAt(offset: number): Element | undefined;
}

export interface ExtractOptions {
  /** Read same-origin frames inline (default true); the page model reads each frame on its own. */
  frames?: boolean;
  /** Only the text inside this range (the user's selection), clipped at its ends. */
  within?: Range;
}

// HTML Standard §15.3 (rendering): elements that render as block boxes by default.
const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'DETAILS',
  'SUMMARY',
]);
// innerText's "required line break count" of 2: paragraphs are set off by a blank line.
const paragraphTags = new Set(['P']);
const blockDisplays = /^(block|flex|grid|list-item|table|table-row|table-caption|flow-root|table-row-group)/;
const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CHARTSIDE-OVERLAY', 'BUTTON', 'SELECT', 'OPTION']);

type Space = 'collapse' | 'pre-line' | 'pre';

interface Piece {
  start: number; // offset in text
  end: number;
  node: Text | null; // null: text of a form field, which has no DOM range
  el: Element;
  /** raw[i]: offset in node.data of output character start+i; one extra entry for the end. */
  raw: number[];
}

export function extractText(roots: Element[], opts: ExtractOptions = {}): TextMap {
  let text = '';
  let pending = 0; // line breaks owed before the next text (innerText's required line breaks)
  const pieces: Piece[] = [];
  const owe = (n: number) => {
    if (text.length > 0) pending = Math.max(pending, n);
  };
  const emit = (out: string, raw: number[], node: Text | null, el: Element) => {
    if (pending > 0) {
      const last = pieces.at(-1);
      if (text.endsWith(' ') && last && last.end === text.length) {
        last.end--; // a collapsed space before a line break is not rendered
        last.raw.pop();
        text = text.slice(0, -1);
      }
      text += '\n'.repeat(Math.max(0, pending - newlinesAtEnd(text)));
      pending = 0;
    }
    pieces.push({ start: text.length, end: text.length + out.length, node, el, raw });
    text += out;
  };
  const walk = (node: Node, space: Space) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const within = opts.within;
      if (within && !within.intersectsNode(node)) return;
      const from = within?.startContainer === node ? within.startOffset : 0;
      const to = within?.endContainer === node ? within.endOffset : (node as Text).data.length;
      const data = (node as Text).data.slice(from, to);
      const parent = node.parentElement ?? (roots[0] as Element);
      const [out, raw] = transform(data, space, text.length === 0 || text.endsWith('\n') || text.endsWith(' ') || pending > 0);
      if (out.length > 0) emit(out, from ? raw.map((r) => r + from) : raw, node as Text, parent);
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const el = node as Element;
    if (skipTags.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return;
    const style = styleOf(el);
    if (style?.display === 'none' || style?.visibility === 'hidden') return;
    if (el.tagName === 'BR') {
      emit('\n', [0, 0], null, el);
      return;
    }
    if (el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text')) {
      owe(1);
      const value = el.value.replace(/\r\n?/g, '\n');
      if (value) emit(value, identity(value.length), null, el);
      owe(1);
      return;
    }
    const breaks = paragraphTags.has(el.tagName) ? 2 : blockTags.has(el.tagName) || blockDisplays.test(style?.display ?? '') ? 1 : 0;
    owe(breaks);
    const ws = style?.whiteSpace ?? '';
    const inner: Space = /^(pre|pre-wrap|break-spaces)$/.test(ws) || el.tagName === 'PRE' ? 'pre' : ws === 'pre-line' ? 'pre-line' : ws ? 'collapse' : space;
    if (el instanceof HTMLIFrameElement && opts.frames !== false) {
      try {
        if (el.contentDocument?.body) walk(el.contentDocument.body, 'collapse');
      } catch {
        // cross-origin frame: read by its own content script, not from here
      }
    }
    for (const child of el.childNodes) walk(child, inner);
    owe(breaks);
  };
  for (const root of roots) {
    walk(root, 'collapse');
    owe(1);
  }
  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    rangeFor: (start, end) => rangeFor(pieces, trimmed, start, end),
    elementAt: (offset) => pieces.find((p) => p.start <= offset && offset < p.end)?.el,
  };
}

function newlinesAtEnd(text: string): number {
  let n = 0;
  while (n < text.length && text[text.length - 1 - n] === '\n') n++;
  return n;
}

function identity(n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => i);
}

/** Applies CSS white-space processing to raw node data, with the raw offset of each output char. */
function transform(data: string, space: Space, atLineStart: boolean): [string, number[]] {
  let out = '';
  const raw: number[] = [];
  let i = 0;
  if (space === 'pre') {
    const s = data.replace(/\r\n?/g, '\n');
    return s === data ? [data, identity(data.length)] : [s, identity(s.length)];
  }
  let lineStart = atLineStart;
  while (i < data.length) {
    const c = data[i]!;
    if (space === 'pre-line' && c === '\n') {
      if (out.endsWith(' ')) {
        out = out.slice(0, -1);
        raw.pop();
      }
      raw.push(i);
      out += '\n';
      i++;
      while (i < data.length && /[ \t]/.test(data[i]!)) i++;
      lineStart = true;
      continue;
    }
    if (/[ \t\r\n\f]/.test(c)) {
      const at = i;
      while (i < data.length && /[ \t\r\n\f]/.test(data[i]!) && !(space === 'pre-line' && data[i] === '\n')) i++;
      if (!lineStart && !out.endsWith(' ')) {
        raw.push(at);
        out += ' ';
      }
      continue;
    }
    raw.push(i);
    out += c;
    lineStart = false;
    i++;
  }
  raw.push(data.length);
  return [out, raw];
}

function styleOf(el: Element): CSSStyleDeclaration | undefined {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el);
  } catch {
    return undefined;
  }
}

function rangeFor(pieces: Piece[], text: string, start: number, end: number): Range | null {
  if (start < 0 || end > text.length || start >= end) return null;
  const isBreak = (q: Piece) => q.el.tagName === 'BR';
  // The piece holding each end; a span may start or end on a line break between pieces.
  const a = pieces.find((q) => !isBreak(q) && q.start <= start && start < q.end) ?? pieces.find((q) => !isBreak(q) && q.start > start);
  const b = pieces.findLast((q) => !isBreak(q) && q.start < end && end <= q.end) ?? pieces.findLast((q) => !isBreak(q) && q.end < end);
  if (!a?.node || !b?.node || a.start >= end || pieces.indexOf(a) > pieces.indexOf(b)) return null;
  const range = a.node.ownerDocument.createRange();
  const startRaw = a.raw[Math.max(0, start - a.start)] ?? 0;
  const last = Math.min(end, b.end) - b.start; // characters of b inside the span
  const endRaw = last > 0 ? (b.raw[last - 1] ?? 0) + 1 : (b.raw[0] ?? 0);
  range.setStart(a.node, Math.min(startRaw, a.node.length));
  range.setEnd(b.node, Math.min(endRaw, b.node.length));
  return range;
}
