import type { Claim } from '../../shared/contracts/claim.ts';
import type { Setting } from '../../shared/contracts/suggestion.ts';
import { isoDate, noteText, textOf, valueOf } from './dom-read.ts';
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
      const sex = banner.match(/\b([FM])\s*·/)?.[1] as 'F' | 'M' | undefined;
      findings.note = {
        text: noteText(note),
        setting: (note.dataset.encounterType as Setting | undefined) ?? 'office',
        patient: { ...(Number.isFinite(age) && { age }), ...(sex && { sex }) },
        ...(dos && { dateOfService: dos }),
        source: { adapter: 'athena-one' },
      };
      const memberId = textOf(doc, sel.memberId);
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    const form = doc.querySelector<HTMLFormElement>(sel.claimForm);
    if (form) {
      findings.claim = readClaimForm(form);
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
    dateOfService: isoDate(valueOf(row, '[name=dos]')) ?? null,
    code: valueOf(row, '[name=cpt]') ?? null,
    modifiers: (valueOf(row, '[name=mods]') ?? '').split(/[\s,]+/).filter(Boolean).map((m) => m.toUpperCase()),
    units: Number(valueOf(row, '[name=units]') ?? NaN),
    diagnosisPointers: (valueOf(row, '[name=pointers]') ?? '').split(/[\s,]+/).filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : letters.indexOf(p.toUpperCase()) + 1)),
    charge: Number(valueOf(row, '[name=charge]') ?? NaN),
  }));
  return {
    id: form.dataset.claimId ?? null,
    payer: {
      name: payer?.value ?? null,
      kind: (payer?.dataset.payerKind as Claim['payer']['kind'] | undefined) ?? 'commercial',
      payerId: payer?.dataset.payerId ?? null,
    },
    patient: {
      firstName: valueOf(form, '[name=patientFirstName]') ?? null,
      lastName: valueOf(form, '[name=patientLastName]') ?? null,
      dob: isoDate(valueOf(form, '[name=patientDob]')) ?? null,
      sex: (valueOf(form, '[name=patientSex]') as 'F' | 'M' | 'U' | undefined) ?? null,
      memberId: valueOf(form, '[name=memberId]') ?? null,
    },
    billingProvider: { npi: valueOf(form, '[name=billingNpi]') ?? null },
    renderingProvider: { npi: valueOf(form, '[name=renderingNpi]') ?? null },
    placeOfService: valueOf(form, '[name=placeOfService]') ?? null,
    priorAuthorization: valueOf(form, '[name=priorAuthorization]') ?? null,
    submissionDate: null,
    diagnoses,
    lines,
  };
}
