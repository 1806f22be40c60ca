import type { Claim } from '../../shared/contracts/claim.ts';
import { screenDate as isoDate } from './screen-date.ts';
import { selectorFor } from '../settings/taught.ts';
import { payerKindOf } from './claim-labels.ts';
import { shown } from './labelled-values.ts';
import { icdShape, npiIn, procShape, readLine, sexOf, type ClaimReading } from './read-claim.ts';
import type { Row } from './line-table.ts';

/**
 * Teach-a-claim: on a layout the generic reader cannot read, the biller points at each claim
 * field once; the spots are kept per site (selectors only, never values). A spot in a list
 * (diagnoses, service lines) is kept relative to its row, so every row of the list is read.
 */
export interface TaughtSpot {
  /** Selector of the repeated rows the picked element sits in (lists only). */
  rows?: string;
  /** Selector of the element: absolute, or relative to its row ('' = the row itself). */
  at: string;
}
export type TaughtClaim = Record<string, TaughtSpot>;

/** The fields a biller can teach, named as the CMS-1500 names them (NUCC item numbers). */
export const teachable: { key: string; label: string; list?: boolean }[] = [
  { key: 'patient.name', label: "Patient's name (item 2)" },
  { key: 'patient.dob', label: 'Birth date (item 3)' },
  { key: 'patient.sex', label: 'Sex (item 3)' },
  { key: 'patient.memberId', label: "Insured's ID (item 1a)" },
  { key: 'payer.name', label: 'Payer (item 11c)' },
  { key: 'dateOfService', label: 'Date of service (item 24A, for every line)' },
  { key: 'placeOfService', label: 'Place of service (item 24B)' },
  { key: 'priorAuthorization', label: 'Prior authorization (item 23)' },
  { key: 'renderingProvider.npi', label: 'Rendering NPI (item 24J)' },
  { key: 'billingProvider.npi', label: 'Billing NPI (item 33a)' },
  { key: 'diagnoses', label: 'Diagnosis A (item 21; B-L follow)', list: true },
  { key: 'line.dateOfService', label: 'Line 1 date of service (24A)', list: true },
  { key: 'line.code', label: 'Line 1 procedure (24D)', list: true },
  { key: 'line.modifiers', label: 'Line 1 modifiers (24D)', list: true },
  { key: 'line.diagnosisPointers', label: 'Line 1 diagnosis pointer (24E)', list: true },
  { key: 'line.charge', label: 'Line 1 charge (24F)', list: true },
  { key: 'line.units', label: 'Line 1 units (24G)', list: true },
];

/** Where a picked element is, so it is found again after a reload (and, in a list, in every row). */
export function spotFor(el: Element, list: boolean): TaughtSpot {
  if (!list) return { at: selectorFor(el) };
  const like = (a: Element, b: Element) => a.tagName === b.tagName && a.className === b.className;
  for (let row: Element | null = el; row?.parentElement; row = row.parentElement) {
    const parent: Element = row.parentElement;
    if (parent === el.ownerDocument.body) break;
    // A row repeats among its siblings; a cell is never a row; a leaf is a row only in a list of
    // like items (an <li> of diagnoses), not among the other cells of its row.
    if (row.matches('td, th, [role=cell], [role=gridcell], [role=columnheader]')) continue;
    const siblings = [...parent.children];
    if (siblings.filter((c) => like(c, row!)).length < 2) continue;
    if (row.children.length < 2 && !siblings.every((c) => like(c, row!))) continue;
    const classes = [...row.classList].map((c) => `.${CSS.escape(c)}`).join('');
    const steps: string[] = [];
    for (let e: Element = el; e !== row; e = e.parentElement!) {
      const sib = [...e.parentElement!.children].filter((c) => c.tagName === e.tagName);
      steps.unshift(`${e.tagName.toLowerCase()}:nth-of-type(${sib.indexOf(e) + 1})`);
    }
    return { rows: `${selectorFor(parent)} > ${row.tagName.toLowerCase()}${classes}`, at: steps.length ? `:scope > ${steps.join(' > ')}` : '' };
  }
  return { at: selectorFor(el) };
}

function elementsOf(doc: Document, spot: TaughtSpot): Element[] {
  try {
    if (!spot.rows) return [doc.querySelector(spot.at)].filter((e): e is Element => !!e);
    return [...doc.querySelectorAll(spot.rows)].map((r) => (spot.at ? r.querySelector(spot.at) : r)).filter((e): e is Element => !!e);
  } catch {
    return []; // a selector the page no longer supports: the field reads as not found
  }
}

export const emptyClaim = (): Claim => ({
  id: null,
  payer: { name: null, kind: 'commercial', payerId: null },
  patient: { firstName: null, lastName: null, dob: null, sex: null, memberId: null },
  billingProvider: { npi: null, taxonomy: null },
  renderingProvider: { npi: null },
  placeOfService: null,
  priorAuthorization: null,
  submissionDate: null,
  diagnoses: [],
  lines: [],
});

/** The taught spots read over the generic reading (a taught field wins), or alone. */
export function applyTaughtClaim(doc: Document, taught: TaughtClaim, base?: ClaimReading): ClaimReading | undefined {
  if (Object.keys(taught).length === 0) return base;
  const r: ClaimReading = base
    ? { claim: structuredClone(base.claim), fields: { ...base.fields }, labels: { ...base.labels } }
    : { claim: emptyClaim(), fields: {}, labels: {} };
  const c = r.claim;
  const one = (key: string, path: string, label: string, set: (v: string) => void) => {
    const el = taught[key] && elementsOf(doc, taught[key]!)[0];
    if (!el) return;
    set(shown(el));
    r.fields[path] = el;
    r.labels[path] = label;
  };
  one('patient.name', 'patient.lastName', "Patient's name", (v) => {
    const [last, first] = v.includes(',') ? v.split(',').map((s) => s.trim()) : [v.split(' ').slice(1).join(' '), v.split(' ')[0]];
    c.patient.lastName = last || null;
    c.patient.firstName = first || null;
  });
  one('patient.dob', 'patient.dob', 'Birth date', (v) => (c.patient.dob = isoDate(v) ?? null));
  one('patient.sex', 'patient.sex', 'Sex', (v) => (c.patient.sex = sexOf(v)));
  one('patient.memberId', 'patient.memberId', "Insured's ID", (v) => (c.patient.memberId = v || null));
  one('payer.name', 'payer.name', 'Payer', (v) => (c.payer = { ...c.payer, name: v || null, kind: payerKindOf(v) }));
  const dosEl = taught.dateOfService && elementsOf(doc, taught.dateOfService)[0];
  const claimDos = dosEl ? isoDate(shown(dosEl)) : undefined;
  one('placeOfService', 'placeOfService', 'Place of service', (v) => (c.placeOfService = v.match(/\d{2}/)?.[0] ?? (v || null)));
  one('priorAuthorization', 'priorAuthorization', 'Prior authorization', (v) => (c.priorAuthorization = v || null));
  one('renderingProvider.npi', 'renderingProvider.npi', 'Rendering NPI', (v) => (c.renderingProvider = { npi: npiIn(v) }));
  one('billingProvider.npi', 'billingProvider.npi', 'Billing NPI', (v) => (c.billingProvider = { ...c.billingProvider, npi: npiIn(v) }));
  if (taught.diagnoses) {
    c.diagnoses = [];
    elementsOf(doc, taught.diagnoses).forEach((el) => {
      const code = shown(el)
        .split(/\s/)
        .find((t) => icdShape.test(t));
      if (!code) return;
      const i = c.diagnoses.push(code.toUpperCase()) - 1;
      r.fields[`diagnoses[${i}]`] = el;
      r.labels[`diagnoses[${i}]`] = `Diagnosis ${'ABCDEFGHIJKL'[i]}`;
    });
  }
  const lineKeys = teachable.filter((t) => t.key.startsWith('line.') && taught[t.key]);
  if (lineKeys.length > 0) {
    const columns = lineKeys.map((t) => ({
      field: t.key.slice(5),
      label: t.label.replace(/^Line 1 /, '').replace(/ \(.*$/, ''),
      els: elementsOf(doc, taught[t.key]!),
    }));
    const count = Math.max(...columns.map((col) => col.els.length));
    // A header row repeats like a line: only rows showing a procedure code or an amount are lines.
    const rowAt = (i: number): Row => {
      const row: Row = {};
      for (const col of columns) if (col.els[i]) row[col.field] = [{ text: shown(col.els[i]!), el: col.els[i]!, header: col.label }];
      return row;
    };
    const isLine = (row: Row) => !!row.code?.[0]?.text.split(/[\s-]+/).some((t) => procShape.test(t)) || /\d/.test(row.charge?.[0]?.text ?? '');
    const rows = Array.from({ length: count }, (_, i) => rowAt(i)).filter(isLine);
    for (const key of Object.keys(r.fields)) if (key.startsWith('lines[')) delete r.fields[key];
    c.lines = rows.map((row, i) => readLine(row, i, claimDos, r.fields, r.labels)).filter((l) => l.code || l.charge);
  }
  c.lines.forEach((l, i) => {
    if (!claimDos || !dosEl || (l.dateOfService && r.fields[`lines[${i}].dateOfService`])) return;
    l.dateOfService = claimDos;
    r.fields[`lines[${i}].dateOfService`] = dosEl;
    r.labels[`lines[${i}].dateOfService`] = 'Date of service';
  });
  return r;
}
