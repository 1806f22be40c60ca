import type { Claim } from '../../shared/contracts/claim.ts';
import { screenDate as isoDate } from './screen-date.ts';

/**
 * A biller's corrections in the "what I read" view, applied over the claim as read: one value per
 * claim field path (CONTRACTS §1.2 paths). The page itself is never changed.
 */
export type ClaimEdits = Record<string, string>;

const letters = 'ABCDEFGHIJKL';
const list = (v: string) =>
  v
    .toUpperCase()
    .split(/[\s,;]+/)
    .filter(Boolean);
const num = (v: string) => {
  const n = Number(v.replace(/[^\d.]/g, ''));
  return v.trim() && Number.isFinite(n) ? n : null;
};
const pointers = (v: string) => {
  const t = v.toUpperCase().replace(/[\s,;]/g, '');
  return (/^[A-L]+$/.test(t) ? t.split('') : list(v)).map((p) => (/^\d+$/.test(p) ? Number(p) : letters.indexOf(p) + 1)).filter((n) => n > 0);
};

export function applyEdits(claim: Claim, edits: ClaimEdits): Claim {
  if (Object.keys(edits).length === 0) return claim;
  const c: Claim = structuredClone(claim);
  for (const [path, raw] of Object.entries(edits)) {
    const v = raw.trim();
    const line = path.match(/^lines\[(\d+)\]\.(\w+)$/);
    const dx = path.match(/^diagnoses\[(\d+)\]$/);
    if (path === '@dateOfService') {
      for (const l of c.lines) l.dateOfService = isoDate(v) ?? (v || null);
    } else if (line) {
      const i = Number(line[1]);
      const l = (c.lines[i] ??= { dateOfService: null, code: null, modifiers: [], units: null, diagnosisPointers: [], charge: null });
      const f = line[2];
      if (f === 'dateOfService') l.dateOfService = isoDate(v) ?? (v || null);
      else if (f === 'code') l.code = v.toUpperCase() || null;
      else if (f === 'modifiers') l.modifiers = list(v);
      else if (f === 'diagnosisPointers') l.diagnosisPointers = pointers(v);
      else if (f === 'units') l.units = num(v);
      else if (f === 'charge') l.charge = num(v);
    } else if (dx) {
      c.diagnoses[Number(dx[1])] = v.toUpperCase();
      c.diagnoses = Array.from(c.diagnoses, (d) => d ?? '');
    } else if (path === 'patient.dob') c.patient.dob = isoDate(v) ?? (v || null);
    else if (path === 'patient.sex') c.patient.sex = (['F', 'M', 'U'].includes(v.toUpperCase()) ? v.toUpperCase() : null) as Claim['patient']['sex'];
    else if (path.startsWith('patient.')) (c.patient as Record<string, unknown>)[path.slice(8)] = v || null;
    else if (path === 'payer.name') c.payer.name = v || null;
    else if (path === 'billingProvider.npi') c.billingProvider.npi = v || null;
    else if (path === 'renderingProvider.npi') c.renderingProvider = { npi: v || null };
    else if (path === 'placeOfService') c.placeOfService = v || null;
    else if (path === 'priorAuthorization') c.priorAuthorization = v || null;
  }
  while (c.diagnoses.length && !c.diagnoses[c.diagnoses.length - 1]) c.diagnoses.pop();
  return c;
}

/** The value a field shows in the "what I read" view, as the biller would type it. */
export function valueAt(claim: Claim, path: string): string {
  if (path === '@dateOfService') return claim.lines[0]?.dateOfService ?? '';
  const line = path.match(/^lines\[(\d+)\]\.(\w+)$/);
  if (line) {
    const l = claim.lines[Number(line[1])];
    if (!l) return '';
    const v = (l as Record<string, unknown>)[line[2]!];
    if (line[2] === 'diagnosisPointers') return l.diagnosisPointers.map((p) => letters[p - 1] ?? String(p)).join('');
    return Array.isArray(v) ? v.join(' ') : v == null || (typeof v === 'number' && !Number.isFinite(v)) ? '' : String(v);
  }
  const dx = path.match(/^diagnoses\[(\d+)\]$/);
  if (dx) return claim.diagnoses[Number(dx[1])] ?? '';
  const [a, b] = path.split('.');
  const v = b ? ((claim as Record<string, unknown>)[a!] as Record<string, unknown> | null)?.[b] : (claim as Record<string, unknown>)[a!];
  return v == null ? '' : String(v);
}
