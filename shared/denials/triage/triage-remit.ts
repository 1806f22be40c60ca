import type { PayerProfile } from '../../contracts/claim.ts';
import type { DenialRecord, Origin } from '../../contracts/denial-record.ts';
import type { Adjustment, RemitClaim, RemitLine, Remittance } from '../remit/model.ts';
import { deadlineFor, type Deadline } from './deadline.ts';
import { kindOfFiling, profileForRemit } from './payer.ts';
import { triageAdjustment, type TriageResult } from './triage.ts';

export type Triaged = TriageResult & { amount: number; deadline: Deadline | null; reasons: TriageResult['reasons'] & { deadline: string } };
export type LineReport = Omit<RemitLine, 'segment' | 'adjustments'> & {
  status: 'paid' | 'adjusted' | 'denied';
  adjustments: (Adjustment & { triage: Triaged })[];
  triage: Triaged | null;
};
export type ClaimReport = Omit<RemitClaim, 'segment' | 'patientName' | 'lines' | 'adjustments'> & {
  payerKind: string;
  profile: string;
  adjustments: (Adjustment & { triage: Triaged })[];
  lines: LineReport[];
  /** The payer settings' name ("Medicare (default)"), for people; `profile` is its id. */
  profileName?: string;
  /** The headline of the claim-level adjustments (what a claim without service lines is about). */
  triage?: Triaged | null;
};
export type RemitReport = Omit<Remittance, 'claims'> & { claims: ClaimReport[] };

export interface TriageOptions {
  profiles?: PayerProfile[];
  /** A profile id named outright (e.g. `--profile`), over the payer-id/kind match. */
  profileId?: string | null;
}

// A line's headline is its most actionable adjustment: a denial before a patient share before
// an informational one, then the larger amount.
const weight: Record<Origin, number> = {
  coding: 3,
  billing: 3,
  registration: 3,
  authorization: 3,
  'payer-policy': 3,
  'patient-responsibility': 2,
  informational: 1,
};
const headline = (ts: Triaged[]): Triaged | null =>
  ts.reduce<Triaged | null>(
    (a, t) => (!a || weight[t.origin] > weight[a.origin] || (weight[t.origin] === weight[a.origin] && t.amount > a.amount) ? t : a),
    null,
  );

/**
 * Triage for every adjustment of every claim and line of a remittance, with the deadline of
 * the next action from the payer profile (or the default of the payer kind). The patient's
 * name is left out: this report may be piped or stored.
 */
export function triageRemit(remit: Remittance, opts: TriageOptions = {}): RemitReport {
  const { claims, ...head } = remit;
  const triage = claimTriage(remit, opts);
  return { ...head, claims: claims.map(triage) };
}

/**
 * Triage one claim at a time against a remittance's payer and date (the header precedes the
 * claims, so a streamed file can be triaged claim by claim and nothing kept).
 */
export function claimTriage(remit: Pick<Remittance, 'payer' | 'remitDate'>, opts: TriageOptions = {}): (claim: RemitClaim) => ClaimReport {
  const memo = new Map<string, Omit<Triaged, 'amount'>>();
  return (claim) => {
    const kind = kindOfFiling(claim.filingIndicator);
    const profile = profileForRemit(remit.payer.id, kind, opts.profiles ?? [], opts.profileId);
    const label = profile.name ?? profile.id;
    const one = (adj: Adjustment, rarcs: string[], dos: string | null): Adjustment & { triage: Triaged } => {
      // The same few code combinations repeat across thousands of claims: triage each once per
      // profile and date (the reasons are shared strings), which keeps large files out of GC.
      const key = `${profile.id}|${kind}|${adj.group}|${adj.carc}|${rarcs.join(',')}|${dos}`;
      let base = memo.get(key);
      if (!base) {
        const t = triageAdjustment(adj.group, adj.carc, rarcs, profile.triageOverrides ?? [], label);
        const d = deadlineFor(t.action, profile, kind, remit.remitDate, dos, rarcs);
        base = { ...t, action: d.action, deadline: d.deadline, reasons: { ...t.reasons, action: d.actionReason ?? t.reasons.action, deadline: d.reason } };
        memo.set(key, base);
      }
      return { group: adj.group, carc: adj.carc, amount: adj.amount, quantity: adj.quantity, triage: { ...base, amount: adj.amount } };
    };
    // Explicit fields rather than rest-spreads: those are slow on large files, and they make
    // plain what leaves (no segment positions, no patient name).
    const lines: LineReport[] = claim.lines.map((line) => {
      const rarcs = claim.rarc.length ? [...line.rarc, ...claim.rarc] : line.rarc;
      const adjustments = line.adjustments.map((a) => one(a, rarcs, line.dateOfService));
      const triage = headline(adjustments.map((a) => a.triage));
      // Unpaid because of the deductible is not a denial: only a denial-type headline denies.
      const status = line.paid === 0 && line.billed > 0 && triage && weight[triage.origin] === 3 ? 'denied' : adjustments.length > 0 ? 'adjusted' : 'paid';
      return {
        procedure: line.procedure,
        modifiers: line.modifiers,
        qualifier: line.qualifier,
        billed: line.billed,
        paid: line.paid,
        units: line.units,
        dateOfService: line.dateOfService,
        rarc: line.rarc,
        lineControl: line.lineControl,
        status,
        adjustments,
        triage,
      };
    });
    // Claim-level adjustments count from the first line's date, or the statement period of a
    // claim without lines (005010X221A1 DTM*232).
    const firstDos = claim.lines.find((l) => l.dateOfService)?.dateOfService ?? claim.statementFrom ?? null;
    const adjustments = claim.adjustments.map((a) => one(a, claim.rarc, firstDos));
    return {
      claimId: claim.claimId,
      status: claim.status,
      billed: claim.billed,
      paid: claim.paid,
      patientResponsibility: claim.patientResponsibility,
      filingIndicator: claim.filingIndicator,
      payerControlNumber: claim.payerControlNumber,
      rarc: claim.rarc,
      statementFrom: claim.statementFrom ?? null,
      statementTo: claim.statementTo ?? null,
      payerKind: kind,
      profile: profile.id,
      profileName: profile.name ?? profile.id,
      adjustments,
      triage: headline(adjustments.map((a) => a.triage)),
      lines,
    };
  };
}

/**
 * Plain denial records for the worker and the denial memory: one per denied or adjusted line
 * whose headline is not informational. Codes and modifiers are the claim's, so a pattern can
 * say which codes were billed together; no patient identifiers.
 */
export function denialRecordsOf(report: RemitReport): DenialRecord[] {
  return denialEntriesOf(report).map((e) => e.record);
}

/**
 * The same records, each with a key that names its place in the payer's remittance (trace
 * number, date, claim, payer claim number, line) and nothing of the patient: pushing the same
 * ERA twice gives the same keys, so a worker push made idempotent on them never doubles a record.
 */
export function denialEntriesOf(report: Pick<RemitReport, 'payer' | 'remitDate' | 'traceNumber' | 'claims'>): { key: string; record: DenialRecord }[] {
  const out: { key: string; record: DenialRecord }[] = [];
  const payer = report.payer.name ?? report.payer.id ?? 'unknown payer';
  for (const claim of report.claims) {
    // A reversal (CLP02 22) takes back an earlier payment: not a denial of its own.
    if (claim.status === '22') continue;
    const codes = [...new Set(claim.lines.map((l) => l.procedure))];
    const modifiers = [...new Set(claim.lines.flatMap((l) => l.modifiers))];
    const where = [report.traceNumber ?? '', report.remitDate ?? '', payer, claim.claimId, claim.payerControlNumber, claim.status].join('|');
    claim.lines.forEach((line, index) => {
      const t = line.triage;
      if (!t || t.origin === 'informational' || t.origin === 'patient-responsibility') return;
      const carc = [...new Set(line.adjustments.filter((a) => a.triage.origin === t.origin).map((a) => a.carc))];
      out.push({
        key: `${where}|line ${index}`,
        record: {
          payer,
          codes,
          modifiers,
          carc,
          rarc: line.rarc.filter((r) => /^(M|MA|N)\d{1,3}$/.test(r)).slice(0, 20),
          origin: t.origin,
          deniedOn: report.remitDate ?? line.dateOfService ?? '1970-01-01',
          outcome: null,
          amount: Math.max(
            0,
            line.adjustments.filter((a) => a.triage.origin === t.origin).reduce((s, a) => s + a.amount, 0),
          ),
          owner: t.owner,
          dueDate: t.deadline?.due ?? null,
        },
      });
    });
    // A claim adjusted at claim level only (no SVC lines): one record for the claim.
    const t = claim.lines.length === 0 ? claim.triage : null;
    if (t && t.origin !== 'informational' && t.origin !== 'patient-responsibility') {
      const adj = claim.adjustments.filter((a) => a.triage.origin === t.origin);
      out.push({
        key: `${where}|claim`,
        record: {
          payer,
          codes: [],
          modifiers: [],
          carc: [...new Set(adj.map((a) => a.carc))],
          rarc: claim.rarc.filter((r) => /^(M|MA|N)\d{1,3}$/.test(r)).slice(0, 20),
          origin: t.origin,
          deniedOn: report.remitDate ?? claim.statementFrom ?? '1970-01-01',
          outcome: null,
          amount: Math.max(
            0,
            adj.reduce((s, a) => s + a.amount, 0),
          ),
          owner: t.owner,
          dueDate: t.deadline?.due ?? null,
        },
      });
    }
  }
  return out;
}
