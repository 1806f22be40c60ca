import type { Claim } from '../../shared/contracts/claim.ts';
import { isoDate } from '../dom/dom-read.ts';
import { ageSex, frameDocs, money, queryDeep, textIn, valueIn } from '../dom/frame-read.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

// OpenEMR: the tabbed main UI keeps each tab in a same-origin iframe (#framesDisplay); the
// encounter tab shows the encounter's forms (SOAP, vitals...) or the fee sheet. The adapter works
// on the main UI and on a form page opened on its own. Selectors are data; fallbacks say why.
const sel = {
  // forms.php report blocks; the SOAP edit form's textareas when the coder has it open.
  noteBlocks: [
    '#encounter_forms .form-holder',
    'form textarea[name=subjective], form textarea[name=objective], form textarea[name=assessment], form textarea[name=plan]',
  ],
  encounterDate: ['#encounter-date', '#selectedEncounter'],
  patientDob: ['#attendantData .patientDOB', '#DEM_DOB'],
  patientName: ['#attendantData .ptName', '#DEM_name'],
  sex: ['#DEM_sex'],
  // The fee sheet's claim context first; the dashboard's insurance card in the pat tab otherwise.
  policy: ['#ctx_policy', '#ins_primary_policy'],
  feeSheet: 'form#fee_sheet_form',
};

export const openemr: SiteAdapter = {
  id: 'openemr',
  hosts: [],
  // OpenEMR is self-hosted: no product host to match. Practices enable their own host in options.
  detect: (doc) => !!doc.querySelector('#framesDisplay iframe[name=enc], #encounter_forms, form#fee_sheet_form'),
  read(doc) {
    const findings: PageFindings = {};
    // Inactive tabs stay loaded in hidden frames: only the shown tab is the page being worked on.
    const docs = [...frameDocs(doc, { visibleOnly: true })];
    const roots = firstAll(docs, sel.noteBlocks);
    const dos = isoDate(first(doc, sel.encounterDate));
    const demo = ageSex(`${first(doc, sel.patientDob) ?? ''} ${first(doc, sel.sex) ?? ''}`.replace(/Age:\s*(\d+)/, '$1 yrs'));
    const memberId = first(doc, sel.policy);
    if (roots.length > 0) {
      findings.note = { roots, setting: 'office', patient: demo, ...(dos && { dateOfService: dos }) };
    }
    const form = docs.map((d) => d.querySelector(sel.feeSheet)).find(Boolean);
    if (form) {
      const { claim, fields } = readFeeSheet(form, doc, dos);
      findings.claim = claim;
      findings.fields = fields;
    }
    const claimDos = findings.claim?.lines[0]?.dateOfService ?? dos;
    if (memberId && claimDos) findings.identity = { memberId, dateOfService: claimDos };
    return findings;
  },
};

function first(doc: Document, selectors: string[]): string | undefined {
  return valueIn(queryDeep(doc, ...selectors));
}

function firstAll(docs: Document[], selectors: string[]): Element[] {
  for (const s of selectors) {
    const found = docs.flatMap((d) => [...d.querySelectorAll(s)]);
    if (found.length > 0) return found;
  }
  return [];
}

/** bill[N][field] inputs of one fee-sheet row. */
const billInput = (row: Element, field: string) => row.querySelector(`input[name$="][${field}]"]`);

function readFeeSheet(form: Element, doc: Document, dos: string | undefined) {
  const fields: Record<string, Element> = {};
  const ctx = (path: string, selector: string) => {
    const el = queryDeep(doc, selector);
    if (el) fields[path] = el;
    return valueIn(el);
  };
  const rows = [...form.querySelectorAll('#selected_codes tr')].filter((r) => billInput(r, 'code_type'));
  const diagnoses: string[] = [];
  for (const row of rows) {
    if (!/^ICD/i.test(valueIn(billInput(row, 'code_type')) ?? '')) continue;
    const code = valueIn(billInput(row, 'code'));
    if (!code) continue;
    fields[`diagnoses[${diagnoses.length}]`] = row;
    diagnoses.push(code);
  }
  const procRows = rows.filter((r) => /^(CPT|HCPCS)/i.test(valueIn(billInput(r, 'code_type')) ?? ''));
  const lines = procRows.map((row, i) => {
    const put = (path: string, field: string) => {
      const el = billInput(row, field);
      if (el) fields[`lines[${i}].${path}`] = el;
      return valueIn(el);
    };
    fields[`lines[${i}]`] = row;
    const justify = (put('diagnosisPointers', 'justify') ?? '')
      .split(':')
      .map((j) => j.split('|')[1])
      .filter(Boolean);
    return {
      // The fee sheet bills everything on the encounter's date.
      dateOfService: dos ?? null,
      code: put('code', 'code') ?? null,
      modifiers: (put('modifiers', 'mod') ?? '')
        .split(/[\s:,]+/)
        .filter(Boolean)
        .map((m) => m.toUpperCase()),
      units: Number(put('units', 'units') ?? NaN),
      diagnosisPointers: justify.map((code) => diagnoses.indexOf(code!) + 1).filter((n) => n > 0),
      charge: money(put('charge', 'price')),
    };
  });
  const payer = queryDeep(doc, '#ctx_payer', '#ins_primary_provider');
  const [firstName, ...rest] = (first(doc, ['#DEM_name']) ?? '').split(' ');
  const [lastFromBar] = (first(doc, sel.patientName) ?? '').split(',');
  const rendering = form.querySelector('select[name=ProviderID]');
  const chosen = valueIn(rendering);
  const renderingNpi = [...(rendering?.querySelectorAll('option') ?? [])].find((o) => o.value === chosen)?.getAttribute('data-npi');
  if (rendering) fields['renderingProvider.npi'] = rendering;
  const sex = first(doc, sel.sex)?.charAt(0).toUpperCase();
  const claim: Claim = {
    id: textIn(queryDeep(doc, '#selectedEncounter'))?.match(/\((\d+)\)/)?.[1] ?? null,
    payer: {
      name: valueIn(payer) ?? null,
      kind: (payer?.getAttribute('data-ins-type') ?? 'commercial') as Claim['payer']['kind'],
      payerId: payer?.getAttribute('data-payer-id') ?? null,
    },
    patient: {
      firstName: firstName || null,
      lastName: lastFromBar?.trim() || rest.join(' ') || null,
      dob: isoDate(first(doc, sel.patientDob)) ?? null,
      sex: sex === 'F' || sex === 'M' ? sex : null,
      memberId: ctx('patient.memberId', sel.policy.join(', ')) ?? null,
    },
    billingProvider: { npi: ctx('billingProvider.npi', '#ctx_billing_npi') ?? null },
    renderingProvider: { npi: renderingNpi ?? null },
    placeOfService: ctx('placeOfService', '#ctx_pos') ?? null,
    priorAuthorization: null,
    submissionDate: null,
    diagnoses,
    lines,
  };
  return { claim, fields };
}
