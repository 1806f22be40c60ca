import type { Claim } from '../../shared/contracts/claim.ts';
import { isoDate } from '../dom/dom-read.ts';
import { ageSex, money, pointers, textIn, valueIn } from '../dom/frame-read.ts';
import type { PageFindings, SiteAdapter } from './types.ts';

// eClinicalWorks web: the progress note pane (sections arrive by XHR after the shell) and the
// Claim window (header inputs, ICD grid, CPT grid). Selectors are data; fallbacks say why.
const sel = {
  // #pnContent is the right pane of the progress-note screen; .pnSection alone covers the
  // print preview, which has no pane wrapper.
  noteSections: ['#pnContent .pnSection', '.pnSection'],
  encDate: ['#pnEncDate', '.pnEncInfo'],
  ageSex: '#patientInfoBar .ptAgeSex',
  subscriber: '#patientInfoBar .ptSubId',
  claimWindow: '#claimWindow',
};
const mods = [1, 2, 3, 4];

export const ecw: SiteAdapter = {
  id: 'ecw',
  hosts: [/\.ecwcloud\.com$/, /\.eclinicalworks\.com$/],
  detect: (doc) => !!doc.querySelector('#pnRightPanel, #pnContent') || !!doc.querySelector('#claimWindow #cptGrid'),
  read(doc) {
    const findings: PageFindings = {};
    const sections = firstAll(doc, sel.noteSections);
    if (sections.length > 0) {
      const dos = isoDate(firstText(doc, sel.encDate));
      findings.note = {
        roots: sections,
        setting: 'office',
        patient: ageSex(textIn(doc.querySelector(sel.ageSex))),
        ...(dos && { dateOfService: dos }),
      };
      const memberId = textIn(doc.querySelector(sel.subscriber));
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    const win = doc.querySelector(sel.claimWindow);
    if (win?.querySelector('#cptGrid')) {
      const { claim, fields } = readClaim(win);
      findings.claim = claim;
      findings.fields = fields;
      const memberId = claim.patient.memberId;
      const dos = claim.lines[0]?.dateOfService;
      if (memberId && dos) findings.identity = { memberId, dateOfService: dos };
    }
    return findings;
  },
};

function firstAll(doc: Document, selectors: string[]): Element[] {
  for (const s of selectors) {
    const found = [...doc.querySelectorAll(s)];
    if (found.length > 0) return found;
  }
  return [];
}

function firstText(doc: Document, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const t = textIn(doc.querySelector(s));
    if (t) return t;
  }
  return undefined;
}

function readClaim(win: Element): { claim: Claim; fields: Record<string, Element> } {
  const fields: Record<string, Element> = {};
  const at = (path: string, id: string, root: ParentNode = win) => {
    const el = root.querySelector(`#${id}`);
    if (el) fields[path] = el;
    return valueIn(el);
  };
  const payer = win.querySelector('#txtPrimaryIns');
  const kind = (payer?.getAttribute('data-ins-type') ?? 'commercial').toLowerCase() as Claim['payer']['kind'];
  const diagnoses: string[] = [];
  win.querySelectorAll('#icdGrid input[id^=txtIcd_]').forEach((input) => {
    const code = valueIn(input);
    if (!code) return;
    fields[`diagnoses[${diagnoses.length}]`] = input;
    diagnoses.push(code);
  });
  const lines = [...win.querySelectorAll('#cptGrid tr.cptRow')].map((row, i) => {
    fields[`lines[${i}]`] = row;
    const n = (prefix: string) => row.querySelector(`[id^=${prefix}]`);
    const put = (path: string, el: Element | null) => {
      if (el) fields[`lines[${i}].${path}`] = el;
      return valueIn(el);
    };
    const modifiers = mods.map((m) => valueIn(n(`txtMod${m}_`))?.toUpperCase()).filter((m): m is string => !!m);
    put('modifiers', n('txtMod1_'));
    put('diagnosisPointers', n('txtIcdPtr1_'));
    return {
      dateOfService: isoDate(put('dateOfService', n('txtDOSFrom_'))) ?? null,
      code: put('code', n('txtCPT_')) ?? null,
      modifiers,
      units: Number(put('units', n('txtUnits_')) ?? NaN),
      diagnosisPointers: pointers(mods.map((m) => valueIn(n(`txtIcdPtr${m}_`)))),
      charge: money(put('charge', n('txtFee_'))),
    };
  });
  const claim: Claim = {
    id: win.getAttribute('data-claim-no') ?? textIn(win.querySelector('#lblClaimNo')) ?? null,
    payer: { name: valueIn(payer) ?? null, kind, payerId: payer?.getAttribute('data-payer-id') ?? null },
    patient: {
      firstName: at('patient.firstName', 'txtPatientFName') ?? null,
      lastName: at('patient.lastName', 'txtPatientLName') ?? null,
      dob: isoDate(at('patient.dob', 'txtPatientDOB')) ?? null,
      sex: (at('patient.sex', 'selPatientSex') as 'F' | 'M' | 'U' | undefined) ?? null,
      memberId: at('patient.memberId', 'txtSubscriberNo') ?? null,
    },
    billingProvider: { npi: at('billingProvider.npi', 'txtBillingNPI') ?? null },
    renderingProvider: { npi: at('renderingProvider.npi', 'txtRenderingNPI') ?? null },
    placeOfService: at('placeOfService', 'txtPOS') ?? null,
    priorAuthorization: at('priorAuthorization', 'txtPriorAuth') ?? null,
    submissionDate: null,
    diagnoses,
    lines,
  };
  return { claim, fields };
}
