// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPageModel } from './page-model.ts';
import type { SectionRule } from './section-headings.ts';

const lexicon = resolve(import.meta.dirname, '../../../shared/lexicon/medspacy/section_patterns.en.json');
const rules = (JSON.parse(readFileSync(lexicon, 'utf8')) as { section_rules: SectionRule[] }).section_rules;

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const chrome = `
  <header><h1>Jane Q Doe</h1><span>DOB: 03/02/1958</span> <span>Sex: Female</span> <span>MRN: 55120</span>
    <span>Visit type: Telehealth video visit</span> <span>DOS: 11/03/2026</span></header>
  <nav><a>Chart</a> <a>Orders</a> <a>Schedule</a></nav>
  <aside><h3>Problem List</h3><ul><li>Heart failure, unspecified</li><li>Type 2 diabetes</li><li>Hypertension</li></ul>
    <h3>Allergies</h3><ul><li>Penicillin: hives</li><li>Codeine: nausea</li></ul>
    <h3>Today's schedule</h3><table><tr><td>9:00</td><td>New patient</td></tr><tr><td>9:30</td><td>Consult</td></tr><tr><td>10:00</td><td>Follow-up</td></tr></table></aside>`;

describe('page model', () => {
  test('finds the note body among banner, navigation and short-item lists, and reads the encounter from the banner', () => {
    const doc = page(`${chrome}<main><article><header><h2>Progress note</h2><p>R. Lee, DO · signed</p></header>
      <div id="body"><p>CHIEF COMPLAINT: cough for 5 days.</p><p>HPI: 67 yo woman with a dry cough and low-grade fever since Monday. No chest pain, no dyspnea.</p>
      <p>ASSESSMENT: Acute bronchitis.</p><p>Plan: supportive care, return if worse.</p></div></article></main>`);
    const model = readPageModel(doc, undefined, rules);
    expect(model.note?.id).toBe('body');
    expect(model.encounter).toMatchObject({ setting: 'telehealth', sex: 'F', dateOfService: '2026-11-03', age: 68 });
    expect(model.encounter.patientStatus).toBeUndefined(); // the schedule's "New patient" is another visit
  });

  test('an editor holding prose is the note even without section headings; a short comment box is not', () => {
    const prose = 'Patient with essential hypertension seen today and doing well on treatment. Continue lisinopril daily as before.';
    const doc = page(`${chrome}<main><h2>Draft</h2><textarea id="note">${Array.from({ length: 4 }, () => prose).join('\n')}</textarea></main>`);
    expect(readPageModel(doc, undefined, rules).note?.id).toBe('note');
    const claim = page(`<main><h2>Charge entry</h2><label>Comment <textarea id="c">${prose}</textarea></label></main>`);
    expect(readPageModel(claim, undefined, rules).note).toBeUndefined();
  });

  test('reads a note kept in a read-only textarea and the visit words of the encounter header', () => {
    const doc = page(`${chrome.replace(/<span>Visit type:[^<]*<\/span>/, '')}<main><h2>Emergency Department Provider Note</h2>
      <p>Patient status: Established</p><textarea id="note" readonly>HPI: fell from a ladder.\nASSESSMENT: wrist sprain.</textarea></main>`);
    const model = readPageModel(doc, undefined, rules);
    expect(model.note?.id).toBe('note');
    expect(model.encounter.setting).toBe('ed');
    expect(model.encounter.patientStatus).toBe('established');
  });

  test('a note opened in a side pane is found when nothing else on the page is a note', () => {
    const doc = page(`<header>Visit type: Office visit</header><main><h2>Schedule</h2><table><tr><td>9:00</td><td>Consult</td></tr></table></main>
      <aside id="pane"><p>HPI: 40 yo man with low back pain for 2 weeks after lifting, no weakness or numbness.</p><p>ASSESSMENT: Lumbar strain.</p></aside>`);
    expect(readPageModel(doc, undefined, rules).note?.id).toBe('pane');
  });

  test('a page with no clinical document has no note', () => {
    const doc = page(`${chrome}<main><h2>Claim 300522</h2><table><tr><th>Line</th><th>CPT</th><th>Charge</th></tr>
      <tr><td>1</td><td>99214</td><td>180.00</td></tr></table><p>Payment is due at the time of service. Balances older than ninety days are sent to billing for review.</p></main>`);
    expect(readPageModel(doc, undefined, rules).note).toBeUndefined();
  });
});
