import { extractText } from '../dom/text-map.ts';
import { frameDocs } from '../dom/frame-read.ts';
import { type RegionKind, emphasized, landmarkFinder } from './regions.ts';
import { headingMatcher, type HeadingHit } from './section-headings.ts';

/** One rendered line of a page, with the element it came from and what it looks like. */
export interface PageLine {
  text: string;
  el: Element;
  doc: Document;
  heading?: HeadingHit;
  /** A sentence of prose: what a document body is made of, and lists and banners are not. */
  narrative: boolean;
  landmark?: RegionKind;
}

// Prose: eight words or more with a sentence break, or a long run of words (plain English
// sentences average 15-20 words; list items, banner fields and menu entries are a few words).
const narrativeLine = (t: string) => {
  const words = t.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
  return (words >= 8 && /[.;!?](\s|$)/.test(t)) || words >= 14;
};

/** The lines of the page and of every shown same-origin frame, each frame read as its own text. */
export function pageLines(top: Document, match = headingMatcher()): PageLine[] {
  const out: PageLine[] = [];
  for (const doc of frameDocs(top, { visibleOnly: true })) {
    if (!doc.body) continue;
    const landmark = landmarkFinder();
    const map = extractText([doc.body], { frames: false });
    let offset = 0;
    for (const line of map.text.split('\n')) {
      const start = offset;
      offset += line.length + 1;
      const text = line.trim();
      if (!text) continue;
      const el = map.elementAt(start + line.length - line.trimStart().length);
      if (!el) continue;
      const heading = match(text, () => emphasized(el, text));
      out.push({ text, el, doc, ...(heading && { heading }), narrative: narrativeLine(text), landmark: landmark(el) });
    }
  }
  return out;
}
