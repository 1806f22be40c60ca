import type { Separators } from './envelope.ts';
import { groupCodes, type Adjustment, type GroupCode, type RemitClaim, type RemitLine, type Remittance } from './model.ts';
import { RemitError } from './remit-error.ts';

/** One segment of a transaction set: id, element values (el[0] is XX01) and file position. */
export interface Seg {
  id: string;
  el: string[];
  pos: number;
}

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

/** CAS: a group code then up to six reason/amount/quantity triplets. */
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
 * Maps the segments of one ST/SE transaction set to the remittance model, one at a time as the
 * parser streams them, so a large file never holds all its segments at once.
 */
export function transactionMapper(sep: Separators): { add(s: Seg): void; finish(): Remittance } {
  const r: Remittance = { payer: { name: null, id: null }, payee: { name: null, npi: null }, remitDate: null, totalPaid: 0, traceNumber: null, claims: [] };
  let claim: RemitClaim | null = null;
  let line: RemitLine | null = null;
  let statementDate: string | null = null;
  let entity = '';
  const close = () => {
    if (claim && claim.lines.length === 0) throw new RemitError('CLP', claim.segment, `claim ${JSON.stringify(claim.claimId)} has no SVC service lines`);
    if (claim) for (const l of claim.lines) l.dateOfService ??= statementDate;
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
        else if ((e[0] === '150' && line) || (e[0] === '232' && claim)) {
          if (line) line.dateOfService ??= isoDate(s, 1);
          else statementDate = isoDate(s, 1);
        }
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
        statementDate = null;
        line = null;
        claim = {
          claimId: required(s, 0), status: required(s, 1), billed: amount(s, 2), paid: amount(s, 3),
          patientResponsibility: amount(s, 4, true), filingIndicator: e[5] ?? '', payerControlNumber: e[6] ?? '',
          adjustments: [], rarc: [], patientName: null, lines: [], segment: s.pos,
        };
        r.claims.push(claim);
        break;
      case 'CAS':
        if (line) line.adjustments.push(...adjustments(s));
        else if (claim) claim.adjustments.push(...adjustments(s));
        else throw new RemitError(s.id, s.pos, 'appears before any CLP');
        break;
      case 'NM1':
        if (claim && e[0] === 'QC') claim.patientName = [e[2], e[3]].filter(Boolean).join(', ') || null;
        break;
      case 'MOA': // MOA03-MOA07: claim-level remark codes (outpatient)
        claim?.rarc.push(...e.slice(2, 7).filter(Boolean));
        break;
      case 'MIA': // MIA05 and MIA20-MIA24: claim-level remark codes (inpatient)
        claim?.rarc.push(...[e[4], ...e.slice(19, 24)].filter((x): x is string => !!x));
        break;
      case 'SVC': {
        if (!claim) throw new RemitError(s.id, s.pos, 'appears before any CLP');
        const [qualifier = '', procedure = '', ...mods] = required(s, 0).split(sep.component);
        if (procedure === '') throw new RemitError(s.id, s.pos, 'SVC01-2 procedure code is empty');
        line = {
          procedure, modifiers: mods.slice(0, 4).filter(Boolean), qualifier, billed: amount(s, 1), paid: amount(s, 2),
          units: e[4] ? amount(s, 4) : 1, dateOfService: null, adjustments: [], rarc: [], lineControl: null, segment: s.pos,
        };
        claim.lines.push(line);
        break;
      }
      case 'LQ':
        if (line && e[0] === 'HE') line.rarc.push(required(s, 1));
        break;
      case 'PLB':
        // Provider-level adjustments belong to no claim; a claim loop ends here.
        close();
        claim = null;
        line = null;
        break;
    }
  };
  return {
    add,
    finish() {
      close();
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
