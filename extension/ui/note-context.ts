import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import type { NoteOnPage } from '../adapters/types.ts';
import type { EncounterPatch, EncounterView } from './encounter-panel.tsx';

/** The encounter the note is coded with: the page's reading, overridden by the user's corrections. */
export function encounterView(note: NoteOnPage, corrections: EncounterPatch = {}): EncounterView {
  const read = note.encounter;
  const view: EncounterView = {
    setting: corrections.setting ?? note.setting ?? 'office',
    from: read?.from ?? {},
    corrected: Object.keys(corrections),
  };
  const age = 'age' in corrections ? corrections.age : note.patient?.age;
  const sex = corrections.sex ?? note.patient?.sex;
  const dos = 'dateOfService' in corrections ? corrections.dateOfService : note.dateOfService;
  if (age !== undefined) view.age = age;
  if (sex) view.sex = sex;
  if (dos) view.dateOfService = dos;
  if (read?.patientStatus) view.patientStatus = read.patientStatus;
  return view;
}

/** The document the engine reads: the note's text with the encounter's setting, age, sex and date. */
export function noteDocument(text: string, view: EncounterView, url: string): ClinicalDocument {
  return {
    text,
    setting: view.setting,
    patient: { ...(view.age !== undefined && { age: view.age }), ...(view.sex && { sex: view.sex }) },
    ...(view.dateOfService && { dateOfService: view.dateOfService }),
    ...(view.patientStatus && { patientStatus: view.patientStatus }),
    source: { url },
  };
}

/** Where an element is on the top page's viewport, through the same-origin frames it sits in. */
export function viewportRect(el: Element): { top: number; left: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let left = r.left;
  for (let win: Window | null = el.ownerDocument.defaultView; win && win !== win.parent; win = win.parent) {
    const frame = win.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    top += f.top + frame.clientTop;
    left += f.left + frame.clientLeft;
  }
  return { top, left, width: r.width, height: r.height };
}
