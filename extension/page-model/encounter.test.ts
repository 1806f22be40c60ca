// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readEncounter, settingFrom, yearsBetween } from './encounter.ts';
import { pageLines } from './page-lines.ts';

const read = (html: string) => {
  document.body.innerHTML = html;
  return readEncounter(pageLines(document), document.querySelector('#note') ?? undefined);
};

describe('settingFrom: visit words -> setting (CMS place-of-service and CPT E/M category names)', () => {
  test.each([
    ['Telehealth Video Visit', 'telehealth'],
    ['Virtual visit (video)', 'telehealth'],
    ['ED Visit', 'ed'],
    ['Emergency Department', 'ed'],
    ['Urgent Care Visit', 'urgent-care'],
    ['Inpatient Progress Note', 'inpatient-progress'],
    ['Hospital Progress', 'inpatient-progress'],
    ['Consultation', 'consult'],
    ['Procedure Visit', 'procedure'],
    ['Office Visit', 'office'],
    ['Clinic visit', 'office'],
    ['Medication refill', undefined],
    ['MEDS reviewed', undefined],
  ])('%s -> %s', (words, setting) => expect(settingFrom(words)).toBe(setting));
});

describe('readEncounter', () => {
  test('labelled banner fields: DOB and date of service give the age, sex and visit type are read', () => {
    expect(read('<div>DOB: 03/02/1958 Sex: Female MRN: 12 Visit type: Urgent care DOS: 11/03/2026</div><div id="note">HPI: x</div>')).toMatchObject({
      age: 68,
      sex: 'F',
      setting: 'urgent-care',
      dateOfService: '2026-11-03',
    });
  });

  test('unlabelled age and sex come only from the banner landmark', () => {
    expect(read('<header>DOE, JO 67yo M DOB: 01/01/1959</header>')).toMatchObject({ age: 67, sex: 'M' });
    expect(read('<div>Seen with 67yo M neighbour</div>').age).toBeUndefined();
  });

  test('new vs established only from this encounter, never from a schedule, a task list or the note', () => {
    const schedule =
      '<table><tr><td>9:00</td><td>Visit type: New patient</td></tr><tr><td>9:30</td><td>Consult</td></tr><tr><td>10:00</td><td>Follow-up</td></tr></table>';
    expect(read(`${schedule}<div id="note">Visit type: new patient</div>`).patientStatus).toBeUndefined();
    expect(read(`${schedule}<p>Patient status: Established</p>`).patientStatus).toBe('established');
    expect(read(`${schedule}<p>Visit type: New Patient Office Visit</p>`)).toMatchObject({ patientStatus: 'new', setting: 'office' });
  });

  test('an encounter title dates the visit it names; other dates in headings do not', () => {
    expect(read('<h2>Office Visit · 11/03/2026</h2>').dateOfService).toBe('2026-11-03');
    expect(read('<h2>Labs 10/01/2026</h2>').dateOfService).toBeUndefined();
  });

  test('each value says where it was read', () => {
    expect(read('<p>Gender: Male</p>').from.sex).toBe('Gender: Male');
  });
});

test('yearsBetween counts whole years as a claim does', () => {
  expect(yearsBetween('1958-11-04', '2026-11-03')).toBe(67);
  expect(yearsBetween('1958-11-03', '2026-11-03')).toBe(68);
  expect(yearsBetween('2030-01-01', '2026-11-03')).toBeUndefined();
});
