import type { Setting } from '../../shared/contracts/suggestion.ts';
import { isoDate } from '../dom/dom-read.ts';
import { ageSex, frameDocs, queryDeep, textIn } from '../dom/frame-read.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

// Epic's web note views: the workspace holds the activity in an iframe and the note viewer in a
// second, nested iframe, so everything is looked up through same-origin frames at any depth.
// (Hyperspace/Hyperdrive as a desktop client runs no extensions: nothing to adapt there.)
const sel = {
  // The signed note's body; .NoteText alone also covers the print/preview view without the id.
  note: ['#NoteContent', '.NoteText'],
  serviceDate: ['.NoteServiceDate', '#NoteViewerHeader'],
  encounterType: '.EncounterType',
  ageSex: ['#Storyboard .StoryboardAgeSex'],
  memberId: ['#Storyboard .StoryboardMemberId'],
  shell: '#Storyboard, #ActivityFrame, #NoteViewerFrame, .NoteText',
};
// Epic encounter types as the note header shows them -> the coding engine's setting.
const settingByType: [RegExp, Setting][] = [
  [/telemedicine|video|telehealth/i, 'telehealth'],
  [/emergency|\bED\b/i, 'ed'],
  [/urgent care/i, 'urgent-care'],
  [/hospital encounter|admission|inpatient/i, 'inpatient-progress'],
  [/procedure/i, 'procedure'],
  [/consult/i, 'consult'],
];

export const epic: SiteAdapter = {
  id: 'epic',
  // Epic-hosted customer environments; self-hosted ones are enabled per site in the options.
  hosts: [/\.epichosted\.com$/, /^epiccare(link)?\./],
  detect: (doc) => [...frameDocs(doc)].some((d) => !!d.querySelector(sel.shell)),
  read(doc) {
    const findings: PageFindings = {};
    const note = queryDeep(doc, ...sel.note);
    const dos = isoDate(textIn(queryDeep(doc, ...sel.serviceDate))?.match(/\d{1,2}\/\d{1,2}\/\d{4}/)?.[0]);
    if (note) {
      const kind = textIn(queryDeep(doc, sel.encounterType)) ?? '';
      findings.note = {
        roots: [note],
        setting: settingByType.find(([re]) => re.test(kind))?.[1] ?? 'office',
        patient: ageSex(textIn(queryDeep(doc, ...sel.ageSex))),
        ...(dos && { dateOfService: dos }),
      };
    }
    const memberId = textIn(queryDeep(doc, ...sel.memberId));
    if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    return findings;
  },
};
