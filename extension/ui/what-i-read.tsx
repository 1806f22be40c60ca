import type { Claim } from '../../shared/contracts/claim.ts';
import type { Flag } from '../../shared/contracts/flag.ts';
import { valueAt, type ClaimEdits } from '../readers/claim-edits.ts';
import { emptyClaim } from '../readers/taught-claim.ts';

interface Props {
  claim?: Claim;
  labels: Record<string, string>;
  flags: Flag[];
  edits: ClaimEdits;
  taught: string[];
  canUndo: boolean;
  /** Open or closed as the biller left it (kept by the overlay across pick mode). */
  open: boolean;
  onToggle(open: boolean): void;
  onEdit(path: string, value: string): void;
  onTeach(key: string, label: string): void;
  onUndo(): void;
}

const head: [path: string, name: string, teach: string][] = [
  ['patient.lastName', "Patient's last name", 'patient.name'],
  ['patient.firstName', "Patient's first name", 'patient.name'],
  ['patient.dob', 'Birth date', 'patient.dob'],
  ['patient.sex', 'Sex', 'patient.sex'],
  ['patient.memberId', "Insured's ID", 'patient.memberId'],
  ['@dateOfService', 'Date of service (all lines)', 'dateOfService'],
  ['payer.name', 'Payer', 'payer.name'],
  ['placeOfService', 'Place of service', 'placeOfService'],
  ['priorAuthorization', 'Prior authorization', 'priorAuthorization'],
  ['renderingProvider.npi', 'Rendering NPI', 'renderingProvider.npi'],
  ['billingProvider.npi', 'Billing NPI', 'billingProvider.npi'],
];
const lineFields: [string, string][] = [
  ['dateOfService', 'date of service'],
  ['code', 'procedure'],
  ['modifiers', 'modifiers'],
  ['diagnosisPointers', 'diagnosis pointer'],
  ['charge', 'charge'],
  ['units', 'units'],
];

/** Every claim field as read, named as the screen names it: correct a value, or point at the field. */
export function WhatIRead({ claim = emptyClaim(), labels, flags, edits, taught, canUndo, open, onToggle, onEdit, onTeach, onUndo }: Props) {
  const rows: [string, string, string][] = [...head.map(([p, n, t]) => [p, labels[p] ?? n, t] as [string, string, string])];
  for (let i = 0; i < Math.max(claim.diagnoses.length, 1); i++)
    rows.push([`diagnoses[${i}]`, labels[`diagnoses[${i}]`] ?? `Diagnosis ${'ABCDEFGHIJKL'[i]}`, 'diagnoses']);
  for (let i = 0; i < Math.max(claim.lines.length, 1); i++) {
    for (const [f, n] of lineFields) rows.push([`lines[${i}].${f}`, labels[`lines[${i}].${f}`] ?? `Line ${i + 1} ${n}`, `line.${f}`]);
  }
  const flagged = new Set(flags.filter((f) => f.severity !== 'info').map((f) => f.field));
  return (
    <details class="what-i-read" open={open} onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        What I read ({claim.lines.length} line{claim.lines.length === 1 ? '' : 's'}, {claim.diagnoses.filter(Boolean).length} diagnoses)
      </summary>
      <p class="empty">Correct a value to re-check it; "Point" teaches where this site shows the field (kept for this site).</p>
      <table>
        <tbody>
          {rows.map(([path, name, teach]) => (
            <tr key={path} data-read-field={path} class={flagged.has(path) ? 'flagged' : ''}>
              <th scope="row">
                <label for={`cs-${path}`}>{name}</label>
                {taught.includes(teach) && <span class="taught"> (taught)</span>}
              </th>
              <td>
                <input id={`cs-${path}`} value={edits[path] ?? valueAt(claim, path)} onInput={(e) => onEdit(path, (e.target as HTMLInputElement).value)} />
              </td>
              <td>
                <button type="button" aria-label={`Point at ${name} on the page`} onClick={() => onTeach(teach, name)}>
                  Point
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="undo-teach" disabled={!canUndo} onClick={onUndo}>
        Undo last pointing
      </button>
    </details>
  );
}
