import type { Claim } from '../../shared/contracts/claim.ts';
import { screenDate as isoDate } from './screen-date.ts';
import { claimLabels, diagnosisIndex, lineColumns, payerKindOf } from './claim-labels.ts';
import { find, labelledValues, type Labelled } from './labelled-values.ts';
import { cellText, readTables, type Row } from './line-table.ts';

/** What the generic claim reader found: the claim, the element of each field, its screen label. */
export interface ClaimReading {
  claim: Claim;
  fields: Record<string, Element>;
  labels: Record<string, string>;
}

// Code shapes: ICD-10-CM (letter, digit, alphanumeric, optional dot and up to 4 more: ICD-10-CM
// Official Guidelines I.A.1-3), CPT (5 digits, or 4 digits + F/T/U for Category II/III/PLA) and
// HCPCS Level II (a letter A-V and 4 digits).
export const icdShape = /^[A-TV-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/i;
export const procShape = /^(\d{4}[0-9FTU]|[A-V]\d{4})$/i;
const letters = 'ABCDEFGHIJKL';

/** Reads a claim from any charge-entry or claim screen; undefined when the page shows none. */
export function readClaim(doc: Document): ClaimReading | undefined {
  const tables = readTables(doc, lineColumns, 'code').filter((t) => t.fields.has('charge') || t.fields.has('units') || t.fields.has('modifiers'));
  const lineTable = tables.sort((a, b) => b.rows.length - a.rows.length)[0];
  const inTable = (el: Element) => !!lineTable && lineTable.table.contains(el);
  const pairs = labelledValues(doc, inTable);
  const fields: Record<string, Element> = {};
  const labels: Record<string, string> = {};
  const get = (path: string): string | undefined => {
    const rule = claimLabels.find((r) => r.field === path)!;
    const hit = find(pairs, rule.patterns);
    if (!hit) return undefined;
    fields[path] = hit.el;
    labels[path] = hit.label;
    return hit.value || undefined;
  };
  const diagnoses = readDiagnoses(doc, pairs, fields, labels);
  if (!lineTable && diagnoses.length === 0) return undefined;

  const name = get('patient.name');
  const [last, first] = name?.includes(',') ? name.split(',').map((s) => s.trim()) : [name?.split(' ').slice(1).join(' '), name?.split(' ')[0]];
  const claimDos = isoDate(get('dateOfService'));
  const payerName = get('payer.name');
  const lines = (lineTable?.rows ?? []).map((row, i) => readLine(row, i, claimDos, fields, labels)).filter((l) => l.code || l.charge);
  const claimPos = get('placeOfService')?.match(/\d{2}/)?.[0] ?? lineTable?.rows.map((r) => cellText(r, 'placeOfService')?.match(/\d{2}/)?.[0]).find(Boolean);
  // CMS-1500 item 24J is per line: the first line's rendering NPI stands for the claim's.
  const npiCell = lineTable?.rows.map((r) => r.renderingNpi?.find((c) => c.text)).find(Boolean);
  const lineNpi = npiCell?.text;
  const claim: Claim = {
    id: get('id') ?? null,
    payer: { name: payerName ?? null, kind: payerKindOf(payerName), payerId: get('payer.payerId') ?? null },
    patient: {
      firstName: get('patient.firstName') ?? first ?? null,
      lastName: get('patient.lastName') ?? last ?? null,
      dob: isoDate(get('patient.dob')) ?? null,
      sex: sexOf(get('patient.sex')),
      memberId: get('patient.memberId') ?? null,
    },
    billingProvider: { npi: npiIn(get('billingProvider.npi')), taxonomy: null },
    renderingProvider: { npi: npiIn(get('renderingProvider.npi') ?? lineNpi) },
    placeOfService: claimPos ?? null,
    priorAuthorization: get('priorAuthorization') ?? null,
    submissionDate: null,
    diagnoses,
    lines,
  };
  if (!fields['renderingProvider.npi'] && npiCell) {
    fields['renderingProvider.npi'] = npiCell.el;
    labels['renderingProvider.npi'] = `Line 1 ${npiCell.header}`;
  }
  return { claim, fields, labels };
}

/** "SMITH, JOHN (NPI 1234567893)": the 10-digit NPI in a provider field, else the field as shown. */
export function npiIn(text: string | undefined): string | null {
  return text?.match(/\b\d{10}\b/)?.[0] ?? (text || null);
}

export function sexOf(text: string | undefined): 'F' | 'M' | 'U' | null {
  const t = (text ?? '').trim().toUpperCase();
  return t.startsWith('F') ? 'F' : t.startsWith('M') ? 'M' : t ? 'U' : null;
}

/**
 * CMS-1500 item 21 A-L: labelled controls or values ("A.", "Dx 1"), else a diagnosis table.
 * Positions are kept (an empty B between A and C stays empty) so line pointers keep their
 * meaning; empties after the last diagnosis are dropped.
 */
function readDiagnoses(doc: Document, pairs: Labelled[], fields: Record<string, Element>, labels: Record<string, string>): string[] {
  const dx: string[] = [];
  const put = (i: number, code: string, el: Element) => {
    if (dx[i] || fields[`diagnoses[${i}]`]) return;
    dx[i] = code.toUpperCase();
    fields[`diagnoses[${i}]`] = el;
    labels[`diagnoses[${i}]`] = `Diagnosis ${letters[i]}`;
  };
  for (const p of pairs) {
    const i = diagnosisIndex(p.key);
    const code = p.value.split(/\s/)[0] ?? '';
    if (i === undefined || (code && !icdShape.test(code))) continue;
    // A bare "A." or "1" is a diagnosis only inside a block about diagnoses (item 21).
    if (/^[a-l\d]{1,2}\.?\)?$/.test(p.key) && !nearDiagnosisHeading(p.el)) continue;
    put(i, code, p.el);
  }
  if (dx.length === 0) {
    for (const t of readTables(
      doc,
      [
        { field: 'letter', patterns: [/(pointer|^ptr$|letter|^#$|seq|^dx ?#$)/] },
        { field: 'icd', patterns: [/(icd|diagnos|^dx\b|^code$)/] },
      ],
      'icd',
      1,
    )) {
      t.rows.forEach((row, n) => {
        const cell = row.icd?.[0];
        const code = cell?.text.match(/\b[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?\b/i)?.[0];
        const letter = (cellText(row, 'letter') ?? '').trim().toUpperCase();
        const i = letters.indexOf(letter) >= 0 && letter.length === 1 ? letters.indexOf(letter) : /^\d+$/.test(letter) ? Number(letter) - 1 : n;
        if (cell && code) put(i, code, cell.el);
      });
    }
  }
  const out = Array.from({ length: dx.length }, (_, i) => dx[i] ?? '');
  while (out.length && !out[out.length - 1]) out.pop();
  return out;
}

function nearDiagnosisHeading(el: Element): boolean {
  let e: Element | null = el.parentElement;
  for (let i = 0; i < 3 && e; i++, e = e.parentElement) {
    if (/diagnos|\bicd\b|\b21\./i.test(e.textContent ?? '')) return true;
  }
  return false;
}

export function readLine(
  row: Row,
  i: number,
  claimDos: string | undefined,
  fields: Record<string, Element>,
  labels: Record<string, string>,
): Claim['lines'][number] {
  const at = (field: string, path: string) => {
    const cells = row[field];
    if (!cells?.length) return;
    fields[`lines[${i}].${path}`] = cells[0]!.el;
    labels[`lines[${i}].${path}`] = `Line ${i + 1} ${cells.length > 1 ? path : cells[0]!.header}`;
    fields[`lines[${i}]`] ??= cells[0]!.el.closest('tr, [role=row]') ?? cells[0]!.el;
    labels[`lines[${i}]`] = `Line ${i + 1}`;
  };
  (['dateOfService', 'code', 'modifiers', 'units', 'charge', 'diagnosisPointers'] as const).forEach((f) => at(f, f));
  const codeTokens = (cellText(row, 'code') ?? '')
    .toUpperCase()
    .split(/[\s,:-]+/)
    .filter(Boolean);
  const code = codeTokens.find((t) => procShape.test(t)) ?? codeTokens[0] ?? null;
  // "20610-RT": a modifier typed after the code, as some screens show it (CMS-1500 item 24D).
  const trailing = codeTokens.filter((t) => t !== code && /^[A-Z0-9]{2}$/.test(t));
  const modifiers = [
    ...trailing,
    ...(cellText(row, 'modifiers') ?? '')
      .toUpperCase()
      .split(/[\s,:;-]+/)
      .filter((m) => /^[A-Z0-9]{2}$/.test(m)),
  ];
  const ptrText = (cellText(row, 'diagnosisPointers') ?? '').toUpperCase();
  // Pointers as letters (A-L, also run together "AB") or numbers 1-12 (CMS-1500 item 24E).
  const bare = ptrText.replace(/[\s,;:/-]/g, '');
  const ptrTokens = /^[A-L]+$/.test(bare) ? bare.split('') : ptrText.split(/[\s,;:/-]+/).filter(Boolean);
  const diagnosisPointers = ptrTokens.map((p) => (/^\d+$/.test(p) ? Number(p) : letters.indexOf(p) + 1)).filter((n) => n !== 0);
  const units = Number((cellText(row, 'units') ?? '').replace(/[^\d.]/g, '') || NaN);
  const charge = Number((cellText(row, 'charge') ?? '').replace(/[^\d.]/g, '') || NaN);
  return {
    dateOfService: isoDate(cellText(row, 'dateOfService')) ?? claimDos ?? null,
    code,
    modifiers,
    units: Number.isFinite(units) ? units : null,
    diagnosisPointers,
    charge: Number.isFinite(charge) ? charge : null,
  };
}
