import { kindOfFiling } from '../claim-filing.ts';
import type { Separators } from '../separators.ts';
import type { Segment } from '../read-x12.ts';
import { X12Error } from '../x12-error.ts';
import { date, need, num, ref } from './elements.ts';
import type { ClaimIn, Read837Claim } from './model.ts';

type Person = ClaimIn['patient'];
const person = (): Person => ({ firstName: null, lastName: null, dob: null, sex: null, memberId: null });
// HI qualifiers of diagnosis codes: ABK principal / ABF other (ICD-10-CM, 005010X222A1 2300 HI);
// BK / BF the ICD-9-CM ones of 004010X098A1, read so an older file is still checked.
const dxQualifiers = new Set(['ABK', 'ABF', 'BK', 'BF']);

/**
 * Maps the segments of one 837P transaction set to claims, each emitted when complete (at the
 * next CLM or HL, or SE). Loops are told apart as the guide does, by HL03 level code and the
 * entity code of NM1: 2000A billing provider (HL 20; 2010AA NM1*85, PRV*BI), 2000B subscriber
 * (HL 22; SBR, 2010BA NM1*IL + DMG, 2010BB NM1*PR), 2000C patient (HL 23; 2010CA NM1*QC + DMG),
 * 2300 claim (CLM, REF*G1, REF*F8, HI), 2310B rendering provider (NM1*82), 2320/2330 other
 * payers (after a claim's SBR: skipped), 2400 lines (LX, SV1, DTP*472).
 * A fault inside a claim costs that claim only; a fault in a provider, subscriber or patient
 * loop costs the claims under it. Each gets a one-line error naming segment and element.
 */
export function claimMapper(sep: Separators, submissionDate: () => string | null, emit: (c: Read837Claim) => void) {
  let billing: ClaimIn['billingProvider'] = { npi: null, taxonomy: null };
  let subscriber = person();
  let patient: Person | null = null;
  let payer: ClaimIn['payer'] = { name: null, kind: 'commercial', payerId: null };
  let contextError: string | null = null;
  let entity = ''; // NM101 of the current 2010/2310/2330 name loop
  let cur: Read837Claim | null = null;
  let claim: ClaimIn | null = null;
  let inLines = false;
  let inOtherPayer = false;

  const close = () => {
    if (cur) emit(cur);
    cur = null;
    claim = null;
  };
  const fail = (err: unknown) => {
    if (!(err instanceof X12Error)) throw err;
    if (cur) {
      cur.error ??= err.message;
      cur.claim = null;
    } else contextError ??= err.message;
  };

  const header = (s: Segment): void => {
    const e = s.el;
    switch (s.id) {
      case 'HL': {
        close();
        const level = need(s, 2);
        entity = '';
        if (level === '20') {
          billing = { npi: null, taxonomy: null };
          contextError = null;
        } else if (level === '22') {
          subscriber = person();
          patient = null;
          payer = { name: null, kind: 'commercial', payerId: null };
          contextError = null;
        } else if (level === '23') patient = person();
        return;
      }
      case 'PRV':
        if (e[0] === 'BI' || e[0] === 'PT') billing.taxonomy = e[2] || null;
        return;
      case 'SBR':
        payer.kind = kindOfFiling(e[8] ?? '');
        return;
      case 'NM1':
        entity = e[0] ?? '';
        if (entity === '85') billing.npi = e[7] === 'XX' ? e[8] || null : billing.npi;
        else if (entity === 'IL') Object.assign(subscriber, { lastName: e[2] || null, firstName: e[3] || null, memberId: e[8] || null });
        else if (entity === 'PR') payer = { ...payer, name: e[2] || null, payerId: e[8] || null };
        else if (entity === 'QC' && patient) Object.assign(patient, { lastName: e[2] || null, firstName: e[3] || null });
        return;
      case 'DMG': {
        const who = entity === 'QC' ? patient : entity === 'IL' ? subscriber : null;
        if (!who) return;
        if (e[0] && e[0] !== 'D8') throw new X12Error(s.id, s.pos, `DMG01 ${JSON.stringify(e[0])} is not D8`);
        who.dob = e[1] ? date(s, 1) : null;
        who.sex = e[2] || null;
        return;
      }
    }
  };

  const inClaim = (s: Segment, c: ClaimIn): void => {
    const e = s.el;
    switch (s.id) {
      case 'SBR': // 2320: other subscriber information starts the coordination-of-benefits loops
        inOtherPayer = true;
        return;
      case 'NM1':
        entity = e[0] ?? '';
        if (entity === '82' && !inLines && !inOtherPayer) c.renderingProvider = { npi: e[7] === 'XX' ? e[8] || null : null };
        return;
      case 'REF':
        if (inOtherPayer) return;
        // 2400 REF*G1: a line's own prior authorization; the claim contract holds one, the claim's (2300) first.
        if (inLines) {
          if (e[0] === 'G1') c.priorAuthorization ??= need(s, 1);
          return;
        }
        if (e[0] === 'G1') c.priorAuthorization = need(s, 1);
        else if (e[0] === 'F8') cur!.originalReference = need(s, 1);
        return;
      case 'HI':
        if (inLines) return;
        for (let i = 0; i < e.length; i++) {
          const [qualifier = '', code = ''] = (e[i] ?? '').split(sep.component);
          if (!dxQualifiers.has(qualifier)) continue;
          if (code === '') throw new X12Error(s.id, s.pos, `${ref(s, i, 2)} diagnosis code is empty`);
          c.diagnoses.push(code);
        }
        return;
      case 'LX':
        inLines = true;
        inOtherPayer = false;
        return;
      case 'SV1': {
        if (!inLines) throw new X12Error(s.id, s.pos, 'appears before the LX that opens its service line (loop 2400)');
        const [, code = '', ...mods] = need(s, 0).split(sep.component);
        if (code === '') throw new X12Error(s.id, s.pos, 'SV101-2 procedure code is empty');
        const pointers = (e[6] ?? '')
          .split(sep.component)
          .filter(Boolean)
          .map((p, k) => {
            if (!/^\d{1,2}$/.test(p)) throw new X12Error(s.id, s.pos, `SV107-${k + 1} ${JSON.stringify(p)} is not a diagnosis pointer`);
            return Number(p);
          });
        c.lines.push({
          dateOfService: null,
          code,
          modifiers: mods.slice(0, 4).filter(Boolean),
          units: num(s, 3),
          diagnosisPointers: pointers,
          charge: num(s, 1),
        });
        return;
      }
      case 'DTP': {
        const line = c.lines.at(-1);
        if (e[0] === '472' && inLines && line) line.dateOfService = date(s, 2, e[1] === 'RD8' ? 'RD8' : 'D8');
        return;
      }
    }
  };

  return {
    add(s: Segment): void {
      try {
        if (s.id === 'CLM') {
          close();
          const [pos = '', , frequency = ''] = (s.el[4] ?? '').split(sep.component);
          cur = { clm01: s.el[0] || null, segment: s.pos, frequency: frequency || null, originalReference: null, claim: null, error: contextError };
          inLines = false;
          inOtherPayer = false;
          const subject = patient ?? subscriber;
          claim = {
            id: need(s, 0),
            payer: { ...payer },
            patient: { ...subject, memberId: subscriber.memberId },
            billingProvider: { ...billing },
            renderingProvider: null,
            placeOfService: pos || null,
            priorAuthorization: null,
            submissionDate: submissionDate(),
            diagnoses: [],
            lines: [],
          };
          if (pos === '') throw new X12Error(s.id, s.pos, 'CLM05-1 place of service is empty');
          num(s, 1);
          if (!cur.error) cur.claim = claim;
          return;
        }
        if (s.id === 'HL' || !cur) {
          header(s);
          return;
        }
        if (cur.claim) inClaim(s, cur.claim);
      } catch (err) {
        fail(err);
      }
    },
    finish: close,
  };
}
