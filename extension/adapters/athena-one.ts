import type { Claim } from '../../shared/contracts/claim.ts';
import type { Setting } from '../../shared/contracts/suggestion.ts';
import { isoDate, textOf, fieldValue } from '../dom/dom-read.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

// athenaOne: the encounter summary (#encounter-note with .note-section blocks) and the claim
// edit form (#claim-edit). Selectors are data; each fallback says why it exists.
const sel = {
  note: '#encounter-note, .encounter-summary',
  banner: '.patient-banner',
  memberId: '.patient-banner .member-id',
  claimForm: 'form#claim-edit',
};

export const athenaOne: SiteAdapter = {
  id: 'athena-one',
  hosts: [/\.athenahealth\.com$/],
  detect: (doc) => !!doc.querySelector(sel.note) || !!doc.querySelector(sel.claimForm),
  read(doc) {
    const findings: PageFindings = {};
    const note = doc.querySelector<HTMLElement>(sel.note);
    if (note) {
      const dos = isoDate(note.dataset.encounterDate);
      const banner = textOf(doc, sel.banner) ?? '';
      const age = Number(banner.match(/(\d{1,3})\s*yo\b/)?.[1]);
      const payer = banner.match(/Primary ins:\s*([^·]+?)\s*(?:·|$)/)?.[1];
      const sex = banner.match(/\b([FM])\s*·/)?.[1] as 'F' | 'M' | undefined;
      findings.note = {
        roots: [note],
        setting: (note.dataset.encounterType as Setting | undefined) ?? 'office',
        patient: { ...(Number.isFinite(age) && { age }), ...(sex && { sex }) },
        ...(dos && { dateOfService: dos }),
        ...(payer && { payer }),
      };
      const memberId = textOf(doc, sel.memberId);
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    const form = doc.querySelector<HTMLFormElement>(sel.claimForm);
    if (form) {
      findings.claim = readClaimForm(form);
      findings.fields = claimFields(form);
      const dos = findings.claim.lines[0]?.dateOfService;
      const memberId = findings.claim.patient.memberId;
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    return findings;
  },
};

function readClaimForm(form: HTMLFormElement): Claim {
  const payer = form.querySelector<HTMLInputElement>('[name=payerName]');
  const letters = 'ABCDEFGHIJKL';
  const diagnoses = [...form.querySelectorAll<HTMLInputElement>('input[name^=dx]')].map((i) => i.value.trim()).filter(Boolean);
  const lines = [...form.querySelectorAll('.charge-line')].map((row) => ({
    dateOfService: isoDate(fieldValue(row, '[name=dos]')) ?? null,
    code: fieldValue(row, '[name=cpt]') ?? null,
    modifiers: (fieldValue(row, '[name=mods]') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((m) => m.toUpperCase()),
    units: Number(fieldValue(row, '[name=units]') ?? NaN),
    diagnosisPointers: (fieldValue(row, '[name=pointers]') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : letters.indexOf(p.toUpperCase()) + 1)),
    charge: Number(fieldValue(row, '[name=charge]') ?? NaN),
  }));
  return {
    id: form.dataset.claimId ?? null,
    payer: {
      name: payer?.value ?? null,
      kind: (payer?.dataset.payerKind as Claim['payer']['kind'] | undefined) ?? 'commercial',
      payerId: payer?.dataset.payerId ?? null,
    },
    patient: {
      firstName: fieldValue(form, '[name=patientFirstName]') ?? null,
      lastName: fieldValue(form, '[name=patientLastName]') ?? null,
      dob: isoDate(fieldValue(form, '[name=patientDob]')) ?? null,
      sex: (fieldValue(form, '[name=patientSex]') as 'F' | 'M' | 'U' | undefined) ?? null,
      memberId: fieldValue(form, '[name=memberId]') ?? null,
    },
    billingProvider: { npi: fieldValue(form, '[name=billingNpi]') ?? null },
    renderingProvider: { npi: fieldValue(form, '[name=renderingNpi]') ?? null },
    placeOfService: fieldValue(form, '[name=placeOfService]') ?? null,
    priorAuthorization: fieldValue(form, '[name=priorAuthorization]') ?? null,
    submissionDate: null,
    diagnoses,
    lines,
  };
}

/** Claim field paths -> the inputs showing them, so flags get a marker beside the right field. */
function claimFields(form: HTMLFormElement): Record<string, Element> {
  const fields: Record<string, Element> = {};
  const put = (path: string, selector: string, root: ParentNode = form) => {
    const el = root.querySelector(selector);
    if (el) fields[path] = el;
  };
  put('patient.firstName', '[name=patientFirstName]');
  put('patient.lastName', '[name=patientLastName]');
  put('patient.dob', '[name=patientDob]');
  put('patient.sex', '[name=patientSex]');
  put('patient.memberId', '[name=memberId]');
  put('billingProvider.npi', '[name=billingNpi]');
  put('renderingProvider.npi', '[name=renderingNpi]');
  put('placeOfService', '[name=placeOfService]');
  put('priorAuthorization', '[name=priorAuthorization]');
  const dx = [...form.querySelectorAll<HTMLInputElement>('input[name^=dx]')].filter((i) => i.value.trim());
  dx.forEach((el, i) => (fields[`diagnoses[${i}]`] = el));
  form.querySelectorAll('.charge-line').forEach((row, i) => {
    put(`lines[${i}].dateOfService`, '[name=dos]', row);
    put(`lines[${i}].code`, '[name=cpt]', row);
    put(`lines[${i}].modifiers`, '[name=mods]', row);
    put(`lines[${i}].units`, '[name=units]', row);
    put(`lines[${i}].diagnosisPointers`, '[name=pointers]', row);
    put(`lines[${i}].charge`, '[name=charge]', row);
    fields[`lines[${i}]`] = row;
  });
  return fields;
}
