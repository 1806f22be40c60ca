import type { Separators } from '../../x12/separators.ts';
import type { Segment } from '../../x12/read-x12.ts';
import { groupCodes, type Adjustment, type GroupCode, type ProviderAdjustment, type RemitClaim, type RemitLine, type Remittance } from './model.ts';
import { reconcile } from './reconcile.ts';
import { RemitError } from './remit-error.ts';

export type Seg = Segment;

const numeric = /^-?(\d+\.?\d*|\.\d+)$/;
const name = (s: Seg, i: number) => `${s.id}${String(i + 1).padStart(2, '0')}`;

function amount(s: Seg, i: number, optional = false): number {
  const v = s.el[i] ?? '';
  if (v === '' && optional) return 0;
  if (!numeric.test(v)) throw new RemitError(s.id, s.pos, `${name(s, i)} ${JSON.stringify(v)} is not a number`);
  return Number(v);
}

function required(s: Seg, i: number): string {
  const v = s.el[i] ?? '';
  if (v === '') throw new RemitError(s.id, s.pos, `${name(s, i)} is empty`);
  return v;
}

const isoDate = (s: Seg, i: number): string => {
  const v = s.el[i] ?? '';
  if (!/^\d{8}$/.test(v)) throw new RemitError(s.id, s.pos, `${name(s, i)} ${JSON.stringify(v)} is not a date CCYYMMDD`);
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
};

/** CAS (loops 2100 and 2110): a group code then up to six reason/amount/quantity triplets. */
function adjustments(s: Seg): Adjustment[] {
  const group = s.el[0] ?? '';
  if (!(groupCodes as readonly string[]).includes(group)) {
    throw new RemitError(s.id, s.pos, `CAS01 ${JSON.stringify(group)} is not a group code (${groupCodes.join(' ')})`);
  }
  const out: Adjustment[] = [];
  for (let i = 1; i < s.el.length; i += 3) {
    const carc = s.el[i] ?? '';
    if (carc === '') continue;
    const q = s.el[i + 2] ?? '';
    out.push({ group: group as GroupCode, carc, amount: amount(s, i + 1), quantity: q === '' ? null : amount(s, i + 2) });
  }
  if (out.length === 0) throw new RemitError(s.id, s.pos, 'CAS02 is empty: no reason code');
  return out;
}

/**
 * PLB (005010X221A1 and 004010X091A1 alike): PLB01 provider, PLB02 fiscal period date, then up to
 * six pairs of a composite adjustment identifier (reason code : reference) and an amount.
 */
function providerAdjustments(s: Seg, sep: Separators): ProviderAdjustment[] {
  const provider = required(s, 0);
  const fiscalPeriodEnd = s.el[1] ? isoDate(s, 1) : null;
  const out: ProviderAdjustment[] = [];
  for (let i = 2; i < s.el.length; i += 2) {
    const id = s.el[i] ?? '';
    if (id === '') continue;
    const [reason = '', reference = ''] = id.split(sep.component);
    if (reason === '') throw new RemitError(s.id, s.pos, `${name(s, i)}-1 adjustment reason code is empty`);
    out.push({ provider, fiscalPeriodEnd, reason, reference: reference || null, amount: amount(s, i + 1), segment: s.pos });
  }
  if (out.length === 0) throw new RemitError(s.id, s.pos, 'PLB03 is empty: no adjustment');
  return out;
}

export interface MapOptions {
  /** Called as each claim is complete (at the next CLP, PLB or SE). */
  onClaim?: (claim: RemitClaim, remit: Remittance) => void;
  /** Keep claims in `claims` (default). Off, a large file streams in bounded memory. */
  keepClaims?: boolean;
}

/**
 * Maps the segments of one ST/SE transaction set to the remittance model, one at a time as the
 * reader streams them. A claim may have no SVC lines: the guide allows claim-level adjustments
 * alone (denied claims, Medicare Part A institutional claims, coordination of benefits).
 */
export function transactionMapper(sep: Separators, opts: MapOptions = {}): { add(s: Seg): void; finish(): Remittance } {
  const keep = opts.keepClaims ?? true;
  const totals = { claims: 0, adjustments: 0, claimsPaid: 0 };
  const plb: ProviderAdjustment[] = [];
  const r: Remittance = {
    payer: { name: null, id: null },
    payee: { name: null, npi: null },
    remitDate: null,
    totalPaid: 0,
    traceNumber: null,
    claims: [],
    providerAdjustments: plb,
    totals,
  };
  let claim: RemitClaim | null = null;
  let line: RemitLine | null = null;
  let entity = '';
  const close = () => {
    if (!claim) return;
    for (const l of claim.lines) l.dateOfService ??= claim.statementFrom ?? null;
    opts.onClaim?.(claim, r);
    claim = null;
    line = null;
  };
  const add = (s: Seg): void => {
    const e = s.el;
    switch (s.id) {
      case 'BPR':
        r.totalPaid = amount(s, 1);
        if (e[15]) r.remitDate ??= isoDate(s, 15);
        break;
      case 'TRN':
        r.traceNumber = e[1] || null;
        break;
      case 'DTM':
        if (e[0] === '405') r.remitDate = isoDate(s, 1);
        else if (e[0] === '472' && line) line.dateOfService = isoDate(s, 1);
        else if (e[0] === '150' && line) line.dateOfService ??= isoDate(s, 1);
        else if (e[0] === '232' && claim && !line) claim.statementFrom = isoDate(s, 1);
        else if (e[0] === '233' && claim && !line) claim.statementTo = isoDate(s, 1);
        break;
      case 'N1':
        entity = e[0] ?? '';
        if (entity === 'PR') r.payer = { name: e[1] || null, id: e[2] === 'XV' ? e[3] || null : r.payer.id };
        if (entity === 'PE') r.payee = { name: e[1] || null, npi: e[2] === 'XX' ? e[3] || null : null };
        break;
      case 'REF':
        if (e[0] === '2U' && entity === 'PR') r.payer.id = e[1] || null;
        else if (e[0] === '6R' && line) line.lineControl = e[1] || null;
        break;
      case 'CLP':
        close();
        claim = {
          claimId: required(s, 0),
          status: required(s, 1),
          billed: amount(s, 2),
          paid: amount(s, 3),
          patientResponsibility: amount(s, 4, true),
          filingIndicator: e[5] ?? '',
          payerControlNumber: e[6] ?? '',
          adjustments: [],
          rarc: [],
          patientName: null,
          lines: [],
          segment: s.pos,
          statementFrom: null,
          statementTo: null,
        };
        totals.claims++;
        totals.claimsPaid += claim.paid;
        if (keep) r.claims.push(claim);
        break;
      case 'CAS': {
        const adj = adjustments(s);
        totals.adjustments += adj.length;
        if (line) line.adjustments.push(...adj);
        else if (claim) claim.adjustments.push(...adj);
        else throw new RemitError(s.id, s.pos, 'appears before any CLP');
        break;
      }
      case 'NM1':
        if (claim && e[0] === 'QC') claim.patientName = [e[2], e[3]].filter(Boolean).join(', ') || null;
        break;
      case 'MOA': // MOA03-MOA07: claim payment remark codes (outpatient adjudication)
        claim?.rarc.push(...e.slice(2, 7).filter(Boolean));
        break;
      case 'MIA': // MIA05 and MIA20-MIA24: claim payment remark codes (inpatient adjudication)
        claim?.rarc.push(...[e[4], ...e.slice(19, 24)].filter((x): x is string => !!x));
        break;
      case 'SVC': {
        if (!claim) throw new RemitError(s.id, s.pos, 'appears before any CLP');
        const [qualifier = '', procedure = '', ...mods] = required(s, 0).split(sep.component);
        if (procedure === '') throw new RemitError(s.id, s.pos, 'SVC01-2 procedure code is empty');
        line = {
          procedure,
          modifiers: mods.slice(0, 4).filter(Boolean),
          qualifier,
          billed: amount(s, 1),
          paid: amount(s, 2),
          units: e[4] ? amount(s, 4) : 1,
          dateOfService: null,
          adjustments: [],
          rarc: [],
          lineControl: null,
          segment: s.pos,
        };
        claim.lines.push(line);
        break;
      }
      case 'LQ':
        if (line && e[0] === 'HE') line.rarc.push(required(s, 1));
        break;
      case 'PLB':
        // Provider-level adjustments belong to no claim; the claim loops end here.
        close();
        plb.push(...providerAdjustments(s, sep));
        break;
    }
  };
  return {
    add,
    finish() {
      close();
      r.reconciliation = reconcile(r.totalPaid, totals.claimsPaid, plb);
      return r;
    },
  };
}

/** The whole transaction set at once (tests, small inputs). */
export function mapTransaction(segs: Seg[], sep: Separators): Remittance {
  const m = transactionMapper(sep);
  for (const s of segs) m.add(s);
  return m.finish();
}
