import type { PayerKind } from '../../shared/contracts/claim.ts';
import type { ThreadPatch } from '../../shared/contracts/handoff.ts';
import type { GroupCode, Remittance } from '../../shared/denials/remit/model.ts';
import { denialNote } from '../../shared/denials/triage/denial-note.ts';
import { triageRemit, type LineReport, type RemitReport } from '../../shared/denials/triage/triage-remit.ts';
import type { DenialLine, RemitContext } from '../adapters/types.ts';

// CLP06 claim filing indicators by payer kind, so a portal page is triaged like an 835 would be.
const filingOf: Record<PayerKind, string> = {
  medicare: 'MB',
  'medicare-advantage': '16',
  medicaid: 'MC',
  commercial: 'CI',
  tricare: 'CH',
  'workers-comp': 'WC',
  'self-pay': '09',
};

/** Portals name the payer in words; the kind decides default deadlines when no profile matches. */
export function payerKindFromName(name = ''): PayerKind {
  if (/medicare advantage|\bMA\b plan/i.test(name)) return 'medicare-advantage';
  if (/medicare/i.test(name)) return 'medicare';
  if (/medicaid|medi-cal/i.test(name)) return 'medicaid';
  if (/tricare/i.test(name)) return 'tricare';
  if (/workers'? ?comp/i.test(name)) return 'workers-comp';
  return 'commercial';
}

/** Triage of denied lines read off a portal page, through the same engine as an 835 import. */
export function triagePortalDenials(denials: DenialLine[], remit: RemitContext = {}): RemitReport {
  const remittance: Remittance = {
    payer: { name: remit.payerName ?? null, id: remit.payerId ?? null },
    payee: { name: null, npi: null },
    remitDate: remit.remitDate ?? null,
    totalPaid: 0,
    traceNumber: null,
    claims: [
      {
        claimId: 'portal',
        status: '4',
        billed: 0,
        paid: 0,
        patientResponsibility: 0,
        filingIndicator: filingOf[payerKindFromName(remit.payerName)],
        payerControlNumber: '',
        adjustments: [],
        rarc: [],
        patientName: null,
        segment: 0,
        lines: denials.map((d, i) => ({
          procedure: d.code ?? '',
          modifiers: [],
          qualifier: 'HC',
          billed: d.billed ?? 0,
          paid: d.paid ?? 0,
          units: 1,
          dateOfService: d.dateOfService ?? null,
          rarc: d.rarcs,
          lineControl: null,
          segment: i,
          adjustments: d.adjustments.map((a) => ({ group: a.group as GroupCode, carc: a.carc, amount: a.amount ?? 0, quantity: null })),
        })),
      },
    ],
  };
  return triageRemit(remittance);
}

const rootCauseOf: Record<string, ThreadPatch['rootCause']> = {
  coding: 'coding',
  billing: 'billing',
  registration: 'registration',
  authorization: 'registration',
  'payer-policy': 'payer',
  'patient-responsibility': 'billing',
};

/** What a denial puts on the claim's thread: routed to its owner, with codes, amount and deadline. */
export function denialThreadChange(lines: LineReport[], baseVersion: number, payer?: string): { patch: ThreadPatch; note: string } {
  const actionable = lines.filter((l) => l.triage && l.triage.origin !== 'informational');
  const first = [...actionable].sort((a, b) => (a.triage!.deadline?.due ?? '9999').localeCompare(b.triage!.deadline?.due ?? '9999'))[0];
  const owners = new Set(actionable.map((l) => l.triage!.owner));
  const patch: ThreadPatch = {
    baseVersion,
    status: owners.has('coder') ? 'waiting-on-coder' : 'waiting-on-biller',
    rootCause: first ? (rootCauseOf[first.triage!.origin] ?? null) : null,
    carc: [...new Set(actionable.flatMap((l) => l.adjustments.map((a) => a.carc)))].slice(0, 20),
    rarc: [...new Set(actionable.flatMap((l) => l.rarc))].filter((r) => /^(M|MA|N)\d{1,3}$/.test(r)).slice(0, 20),
    dueDate: first?.triage?.deadline?.due ?? null,
    ...(payer && { payer: payer.slice(0, 120) }),
  };
  const note = denialNote(lines);
  return { patch, note };
}
