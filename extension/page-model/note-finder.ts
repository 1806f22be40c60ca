import type { PageLine } from './page-lines.ts';

interface Stats {
  core: Set<string>;
  list: Set<string>;
  narrative: number;
  short: number;
  context: number;
}

export interface FoundNote {
  root: Element;
  score: number;
}

/**
 * The document body of a chart page: the block with the most clinical-section structure and prose
 * for the least surrounding chrome. Every line scores for the blocks around it: a core section
 * heading (HPI, Assessment, Plan...) 3, another section heading 1, a line of prose 1 (up to 20), a
 * short line -0.3 and a line inside a landmark (banner, navigation, sidebar) -1; so a wrapper that
 * also holds the problem list, the schedule or the banner scores below the note it wraps, and of
 * equal scores the innermost block wins. A page with no section heading at a line start (a claim,
 * an eligibility screen, policies) has no note, unless an editor on it holds several lines of prose.
 */
export function findNote(lines: PageLine[]): FoundNote | undefined {
  // Some charts open the note in a side pane (<aside>, role=complementary): when nothing outside
  // the landmarks is a note, such a pane may be; a banner or navigation never is.
  return bestOf(lines) ?? bestOf(lines.map((l) => (l.landmark === 'aside' ? { ...l, landmark: undefined } : l)));
}

function bestOf(lines: PageLine[]): FoundNote | undefined {
  let best: FoundNote | undefined;
  for (const [el, score] of scoreBlocks(lines)) {
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && best.root.contains(el))) best = { root: el, score };
  }
  return best;
}

/**
 * Teaching by outline: the note area around a clicked element is the best-scoring block among the
 * element and its ancestors (so a click on one section proposes the whole note), else the element.
 */
export function proposeNoteArea(lines: PageLine[]): (el: Element) => Element {
  const scores = scoreBlocks(lines);
  return (el) => {
    let best: Element = el;
    let bestScore = -Infinity;
    for (let e: Element | null = el; e && e !== e.ownerDocument.body; e = e.parentElement) {
      const s = scores.get(e);
      if (s !== undefined && s > bestScore + 1e-9) [best, bestScore] = [e, s];
    }
    return best;
  };
}

/** The score of every block that could be the note (see findNote). */
export function scoreBlocks(lines: PageLine[]): Map<Element, number> {
  const stats = new Map<Element, Stats>();
  for (const line of lines) {
    const stop = line.doc.documentElement;
    for (let el: Element | null = line.el; el && el !== stop; el = el.parentElement) {
      let s = stats.get(el);
      if (!s) stats.set(el, (s = { core: new Set(), list: new Set(), narrative: 0, short: 0, context: 0 }));
      if (line.landmark) s.context++;
      else if (line.heading) (line.heading.core ? s.core : s.list).add(line.heading.category);
      else if (line.narrative) s.narrative++;
      else s.short++;
    }
  }
  const scores = new Map<Element, number>();
  for (const [el, s] of stats) {
    const inLandmark = lines.length > 0 && s.context > 0 && s.core.size + s.list.size + s.narrative + s.short === 0;
    // An editor full of prose is documentation being written even before it has headings
    // (CONTRACTS §5 names textareas and contenteditable areas among the places a note lives).
    const proseEditor = isEditor(el) && s.narrative >= 4;
    if (inLandmark || !(s.core.size >= 1 || (s.list.size >= 1 && s.narrative >= 3) || proseEditor)) continue;
    const score = 3 * s.core.size + s.list.size + Math.min(s.narrative, 20) - 0.3 * s.short - s.context;
    if (score >= 4) scores.set(el, score);
  }
  return scores;
}

/** A textarea or the root of a contenteditable region: where notes are typed. */
function isEditor(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
