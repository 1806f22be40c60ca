import { type Encounter, readEncounter } from './encounter.ts';
import { findNote } from './note-finder.ts';
import { pageLines } from './page-lines.ts';
import { bundledSectionRules, headingMatcher, type SectionRule } from './section-headings.ts';

/** A chart page read as regions: the note (the document body, the only text coded) and its context. */
export interface PageModel {
  note?: Element;
  encounter: Encounter;
}

export function readPageModel(doc: Document, noteOverride?: Element, rules: SectionRule[] = bundledSectionRules): PageModel {
  const lines = pageLines(doc, headingMatcher(rules));
  const note = noteOverride ?? findNote(lines)?.root;
  return { ...(note && { note }), encounter: readEncounter(lines, note) };
}
