import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import type { Section, SectionKind } from '../note/sections.ts';
import { chronicGroup } from './chronic.ts';
import { findCues } from './cue.ts';
import { testCues, testKey } from './data.ts';
import { hospitalDay } from './family.ts';
import type { MdmInput } from './mdm.ts';
import { historyCourseCues, type ProblemItem } from './problems.ts';

/** Lists the physician did not work on in this encounter: not read as data (AMA: data is what is ordered, reviewed or analyzed). */
const notData = new Set<SectionKind>(['pmh', 'psh', 'fhx', 'shx', 'meds', 'allergies', 'ros', 'cc']);
/** Results told in the history are past encounters' tests, not this one's. */
const notTests = new Set<SectionKind>(['hpi', 'history']);
const decided = new Set<SectionKind>(['assessment', 'plan', 'mdm', 'course']);
/** Where a note tells the presenting problem's story: the chief complaint, the HPI, an unheaded opening paragraph. */
const historyKinds = new Set<SectionKind>(['preamble', 'cc', 'hpi']);
const listItem = /^\s*(?:\d{1,2}[.)]|#\d*|\(\d+\))\s*/;

/** A list section (history, medications) ends at a blank line or at the next "Label:" line, whatever the section reader says. */
export function listEnd(text: string, s: Section): number {
  const rest = text.slice(s.bodyStart, s.end);
  const stop = rest.search(/\n\s*\n|\n[A-Z][\w /&()-]{0,40}:/);
  return stop < 0 ? s.end : s.bodyStart + stop;
}

/** Problem items of the assessment: numbered items with their continuation lines, or one per line. */
export function problemItems(text: string, section: { bodyStart: number; end: number }): { text: string; start: number }[] {
  const lines = [...text.slice(section.bodyStart, section.end).matchAll(/[^\n]+/g)]
    .map((m) => ({ text: m[0], start: section.bodyStart + m.index }))
    .filter((l) => l.text.trim());
  const numbered = lines.some((l) => listItem.test(l.text));
  const items: { text: string; start: number }[] = [];
  for (const l of lines) {
    const last = items.at(-1);
    if (numbered && !listItem.test(l.text) && last) last.text += `\n${l.text}`;
    else items.push({ ...l });
  }
  return items;
}

/** What the MDM grading reads from a note: its problem items, where data and management are, and separately reported tests. */
export function mdmInput(doc: ClinicalDocument, secs: Section[], icd: Suggestion[], billedLines: string[]): MdmInput {
  const { text } = doc;
  const spans = (kinds: Set<SectionKind>) => secs.filter((s) => kinds.has(s.kind)).map((s): [number, number] => [s.start, listEnd(text, s)]);
  const plans = secs.filter((s) => decided.has(s.kind));
  const assessment = secs.filter((s) => s.kind === 'assessment');
  const source = assessment.length ? assessment : plans.filter((s) => s.kind === 'mdm').length ? plans.filter((s) => s.kind === 'mdm') : plans;
  const chronicAt = icd
    .filter((s) => s.recommended)
    .flatMap((s) => s.evidence.map((e) => ({ at: e.start, group: chronicGroup(s.code, s.title) })))
    .filter((c) => c.group !== undefined);
  const items: ProblemItem[] = (source.length ? source : [{ bodyStart: 0, end: text.length }])
    .flatMap((s) => problemItems(text, s))
    .map((i) => {
      // One item may name two chronic illnesses ("T2DM w/ diabetic CKD 3a"): each counts (AMA: two or more chronic illnesses).
      const groups = new Set(chronicAt.filter((c) => c.at >= i.start && c.at < i.start + i.text.length).map((c) => c.group));
      return { ...i, chronic: groups.size > 0, chronicIllnesses: groups.size };
    });
  // The history tells the presenting problem's course; the assessment lists that problem first (AMA: the problem's
  // status is what the encounter documents of it). Read only where the note has a history before its assessment.
  const story = secs.filter((s) => historyKinds.has(s.kind) && assessment.some((a) => a.start > s.start));
  const course = story.flatMap((s) => findCues(text.slice(s.start, s.end), historyCourseCues, { offset: s.start }))[0];
  if (course && items[0]) items[0].course = course;
  const billed = new Set(billedLines.flatMap((line) => findCues(line, testCues, { negation: false }).map((h) => testKey(h.text))));
  return {
    text,
    setting: doc.setting,
    admission: doc.setting === 'inpatient-progress' && hospitalDay(text)?.day === 'admission',
    items,
    billed,
    sectioned: source.length > 0,
    notData: spans(notData),
    notTests: spans(notTests),
    plan: (plans.length ? plans : [{ start: 0, end: text.length }]).map((s) => ({ text: text.slice(s.start, s.end), offset: s.start })),
  };
}
