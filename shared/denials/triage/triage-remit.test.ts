import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PayerProfile } from '../../contracts/claim.ts';
import { DenialRecord } from '../../contracts/denial-record.ts';
import { build835 } from '../remit/build-835.ts';
import { read835 } from '../remit/read-835.ts';
import { addDays, deadlineFor } from './deadline.ts';
import { kindOfFiling, profileForRemit } from './payer.ts';
import { denialEntriesOf, denialRecordsOf, triageRemit } from './triage-remit.ts';

const fixture = (name: string) => read835(readFileSync(join(import.meta.dirname, '../../../test/fixtures/remit', name), 'utf8'))[0]!;
const acme = PayerProfile.parse({
  id: 'acme-ppo',
  name: 'Acme PPO',
  match: { payerId: 'ACME1' },
  timelyFilingDays: 120,
  appealDays: 60,
  triageOverrides: [{ carc: '197', category: 'acme-retro-auth', origin: 'authorization', owner: 'front-desk', action: 'corrected-claim' }],
});
const line = (r: ReturnType<typeof triageRemit>, claimId: string, i = 0) => r.claims.find((c) => c.claimId === claimId)!.lines[i]!;

describe('triage of a remittance', () => {
  it('uses the default windows of the payer kind when no profile sets them, and says so', () => {
    const r = triageRemit(fixture('acme-ppo.835'));
    const denied = line(r, 'C-1003');
    expect(denied.status).toBe('denied');
    expect(denied.triage).toMatchObject({ origin: 'authorization', action: 'appeal', deadline: { due: '2027-05-19', days: 180, window: 'appealDays' } });
    expect(denied.triage!.deadline!.source).toContain('29 CFR 2560.503-1');
    expect(denied.triage!.deadline!.counts).toBe('remittance date');
    expect(r.claims[0]!.profile).toBe('default-commercial');
  });
  it("a matching profile's windows and overrides win", () => {
    const r = triageRemit(fixture('acme-ppo.835'), { profiles: [acme] });
    expect(r.claims[0]!.profile).toBe('acme-ppo');
    const auth = line(r, 'C-1003').triage!;
    expect(auth).toMatchObject({
      matched: 'payer-override',
      action: 'corrected-claim',
      deadline: { days: 90, source: expect.stringContaining('common provider contract figure') },
    });
    const pol = line(r, 'C-1005').triage!;
    expect(pol).toMatchObject({ origin: 'payer-policy', deadline: { due: addDays('2026-11-20', 60), source: 'the payer settings for Acme PPO' } });
    // A new claim counts timely filing from the date of service.
    expect(line(r, 'C-1004').triage!.deadline).toMatchObject({ due: addDays('2026-11-06', 120), window: 'timelyFilingDays' });
  });
  it('the headline of a line is its most actionable adjustment; the patient name never appears', () => {
    const r = triageRemit(fixture('acme-ppo.835'));
    expect(line(r, 'C-1001', 0).triage).toMatchObject({ group: 'PR', carc: '3', action: 'bill-patient', deadline: null });
    expect(line(r, 'C-1001', 1).triage).toMatchObject({ carc: '97', rarc: 'M15', origin: 'coding', owner: 'coder' });
    expect(line(r, 'C-1005', 1)).toMatchObject({ status: 'adjusted', triage: { origin: 'informational', action: 'write-off' } });
    // Unpaid because of the deductible: adjusted, billed to the patient, not a denial.
    expect(line(r, 'C-1006')).toMatchObject({ status: 'adjusted', triage: { carc: '1', action: 'bill-patient' } });
    expect(line(r, 'C-1002').status).toBe('denied');
    expect(r.claims.find((c) => c.claimId === 'C-1004')!.adjustments[0]!.triage).toMatchObject({ carc: '23', action: 'none' });
    expect(JSON.stringify(r)).not.toContain('TESTPATIENT');
  });
  it('Medicare from the filing indicator: 120-day redetermination window', () => {
    const r = triageRemit(fixture('medicare-pipes.835'));
    expect(r.claims[0]).toMatchObject({ payerKind: 'medicare', profile: 'default-medicare' });
    // Part B takes no frequency-7 replacement: a coding fix goes through a reopening, a year from the remittance.
    expect(line(r, 'M-2001', 1).triage).toMatchObject({
      carc: '236',
      origin: 'coding',
      action: 'reopening',
      deadline: { days: 365, window: 'reopeningDays', counts: 'remittance date' },
    });
    expect(line(r, 'M-2002').triage).toMatchObject({ carc: '151', rarc: 'N640', action: 'appeal', deadline: { due: '2027-02-12', days: 120 } });
  });
  it('denial records: plain metadata, valid against the contract, no informational lines', () => {
    const recs = denialRecordsOf(triageRemit(fixture('acme-ppo.835')));
    expect(recs.map((r) => `${r.carc.join()} ${r.origin}`)).toEqual(['97 coding', '16 billing', '197 authorization', '27 registration', '50 payer-policy']);
    for (const r of recs) expect(DenialRecord.safeParse(r).success).toBe(true);
    expect(recs[0]).toMatchObject({ payer: 'ACME HEALTH PLAN', codes: ['99214', '20610'], modifiers: ['25', 'LT'], amount: 140 });
  });
});

describe('denial records from claims without lines and from reversals', () => {
  it('a claim-level denial gives one record; a reversal (CLP02 22) gives none; keys are stable and name no patient', () => {
    const text = build835({
      claims: [
        { id: 'K-1', billed: 100, paid: 0, cas: [['CO', '197', 100]], lines: [] },
        { id: 'K-2', billed: 100, paid: 0, lines: [{ proc: '20610', billed: 100, paid: 0, cas: [['CO', '97', 100]] }] },
        { id: 'K-2', status: '22', billed: -100, paid: 0, lines: [{ proc: '20610', billed: -100, paid: 0, cas: [['CO', '97', -100]] }] },
      ],
    });
    const report = triageRemit(read835(text)[0]!);
    const entries = denialEntriesOf(report);
    expect(entries.map((e) => [e.record.carc.join(), e.record.origin, e.record.amount])).toEqual([
      ['197', 'authorization', 100],
      ['97', 'coding', 100],
    ]);
    expect(entries.map((e) => e.key)).toEqual(denialEntriesOf(triageRemit(read835(text)[0]!)).map((e) => e.key));
    expect(new Set(entries.map((e) => e.key)).size).toBe(2);
    expect(entries.map((e) => e.key).join()).not.toContain('DOE');
    for (const e of entries) expect(DenialRecord.safeParse(e.record).success).toBe(true);
  });
});

describe('deadlines and payer selection', () => {
  const base = profileForRemit(null, 'self-pay', []);
  it.each([
    ['MB', 'medicare'],
    ['MA', 'medicare'],
    ['16', 'medicare-advantage'],
    ['MC', 'medicaid'],
    ['CH', 'tricare'],
    ['WC', 'workers-comp'],
    ['CI', 'commercial'],
    ['12', 'commercial'],
    ['BL', 'commercial'],
    ['09', 'self-pay'],
  ])('filing indicator %s -> %s', (code, kind) => expect(kindOfFiling(code)).toBe(kind));
  it('payer id beats kind, a named profile beats both', () => {
    const kindOnly = PayerProfile.parse({ id: 'any-medicaid', match: { kind: 'medicaid' }, timelyFilingDays: 180 });
    expect(profileForRemit('acme1', 'medicaid', [kindOnly, acme]).id).toBe('acme-ppo');
    expect(profileForRemit('OTHER', 'medicaid', [kindOnly, acme]).id).toBe('any-medicaid');
    expect(profileForRemit('ACME1', 'medicaid', [kindOnly, acme], 'any-medicaid').id).toBe('any-medicaid');
  });
  it('no deadline for self-pay, for write-offs, or without a remittance date', () => {
    expect(deadlineFor('appeal', base, 'self-pay', '2026-01-01', null).deadline).toBeNull();
    expect(deadlineFor('write-off', acme, 'commercial', '2026-01-01', null).reason).toContain('no payer deadline');
    expect(deadlineFor('appeal', acme, 'commercial', null, null).reason).toContain('no remittance date');
    expect(addDays('2026-12-31', 60)).toBe('2027-03-01');
  });
});
