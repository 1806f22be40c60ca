import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../claims/payers/built-in-profiles.ts';
import { PayerProfile, type PayerKind } from '../../contracts/claim.ts';
import type { NextAction } from '../../contracts/denial-record.ts';
import { deadlineFor } from './deadline.ts';

const remit = '2026-11-20';
const dos = '2026-10-05';
const builtIn = (kind: PayerKind) => builtInProfiles.find((p) => p.match.kind === kind)!;

// kind, triaged action, RARCs -> action, due, counted from, window, a piece of the cited source.
type Row = [kind: PayerKind, triaged: NextAction, rarcs: string[], action: NextAction, due: string | null, counts: string | null, source: string];
const rows: Row[] = [
  // Medicare Part B. Redetermination: 120 days from the initial determination (42 CFR 405.942(a)).
  ['medicare', 'appeal', [], 'appeal', '2027-03-20', 'remittance date', '42 CFR 405.942(a)'],
  // No frequency-7 replacement claims: a reopening within 1 year of the initial determination (42 CFR 405.980(b)(1)).
  ['medicare', 'corrected-claim', [], 'reopening', '2027-11-20', 'remittance date', '42 CFR 405.980(b)(1)'],
  // Unprocessable (MA130, CMS Pub. 100-04 ch. 1 §80.3.2): a new claim within timely filing, 12 months from the DOS (42 CFR 424.44(a)(1)).
  ['medicare', 'corrected-claim', ['MA130'], 'rebill', '2027-10-05', 'date of service', '42 CFR 424.44(a)(1)'],
  ['medicare', 'appeal', ['N290', 'MA130'], 'rebill', '2027-10-05', 'date of service', '42 CFR 424.44(a)(1)'],
  ['medicare', 'rebill', [], 'rebill', '2027-10-05', 'date of service', 'CMS Pub. 100-04 ch. 1 §70'],
  ['medicare', 'write-off', ['MA130'], 'write-off', null, null, ''],
  // Medicare Advantage: plan reconsideration 60 days (42 CFR 422.582(b)); corrected claims per plan contract.
  ['medicare-advantage', 'appeal', [], 'appeal', '2027-01-19', 'remittance date', '42 CFR 422.582(b)'],
  ['medicare-advantage', 'corrected-claim', [], 'corrected-claim', '2027-05-19', 'remittance date', 'plan contract'],
  // Medicaid: corrected claims within 12 months of the DOS (42 CFR 447.45(d)(1)); appeal window per state manual.
  ['medicaid', 'corrected-claim', [], 'corrected-claim', '2027-10-05', 'date of service', '42 CFR 447.45(d)(1)'],
  ['medicaid', 'appeal', [], 'appeal', '2027-02-18', 'remittance date', 'state Medicaid provider manuals'],
  ['medicaid', 'corrected-claim', ['MA130'], 'rebill', '2027-10-05', 'date of service', '42 CFR 447.45(d)(1)'],
  // Commercial: appeal at least 180 days after the adverse determination (29 CFR 2560.503-1(h)(3)(i)).
  ['commercial', 'appeal', [], 'appeal', '2027-05-19', 'remittance date', '29 CFR 2560.503-1(h)(3)(i)'],
  ['commercial', 'corrected-claim', [], 'corrected-claim', '2027-02-18', 'remittance date', 'provider contract'],
  ['commercial', 'rebill', [], 'rebill', '2027-01-03', 'date of service', 'provider contract'],
  // TRICARE: reconsideration 90 days (32 CFR 199.10); claims within 1 year of the DOS (32 CFR 199.7(d)).
  ['tricare', 'appeal', [], 'appeal', '2027-02-18', 'remittance date', '32 CFR 199.10'],
  ['tricare', 'corrected-claim', [], 'corrected-claim', '2027-10-05', 'date of service', '32 CFR 199.7(d)'],
  ['self-pay', 'appeal', [], 'appeal', null, null, ''],
  ['commercial', 'bill-patient', [], 'bill-patient', null, null, ''],
];

describe('next action and deadline per payer kind', () => {
  it.each(rows)('%s %s %j -> %s by %s from the %s (%s)', (kind, triaged, rarcs, action, due, counts, source) => {
    const step = deadlineFor(triaged, builtIn(kind), kind, remit, dos, rarcs);
    expect(step.action).toBe(action);
    expect(step.deadline?.due ?? null).toBe(due);
    expect(step.deadline?.counts ?? null).toBe(counts);
    if (step.deadline) {
      expect(step.deadline.source).toContain(source);
      expect(step.deadline.from).toBe(counts === 'date of service' ? dos : remit);
      expect(step.reason).toContain(`of the ${counts} ${step.deadline.from}`);
    }
    // Words for a biller: no profile ids or setting names.
    expect(`${step.reason} ${step.actionReason ?? ''}`).not.toMatch(/default-|Days\b|profile [a-z-]+ sets/);
  });

  it('says why the payer kind changed the action', () => {
    expect(deadlineFor('corrected-claim', builtIn('medicare'), 'medicare', remit, dos).actionReason).toContain('does not take corrected (frequency 7) claims');
    expect(deadlineFor('appeal', builtIn('medicare'), 'medicare', remit, dos, ['MA130']).actionReason).toContain('no appeal rights');
    expect(deadlineFor('appeal', builtIn('commercial'), 'commercial', remit, dos).actionReason).toBeNull();
  });

  it("a payer profile's figures win, and a Medicare profile that sets a corrected-claim window takes corrected claims", () => {
    const mac = PayerProfile.parse({
      id: 'jh-mac',
      name: 'Sample MAC',
      match: { payerId: '12345' },
      timelyFilingDays: 365,
      appealDays: 125,
      correctedClaimDays: 60,
    });
    expect(deadlineFor('appeal', mac, 'medicare', remit, dos).deadline).toMatchObject({ due: '2027-03-25', source: 'the payer settings for Sample MAC' });
    expect(deadlineFor('corrected-claim', mac, 'medicare', remit, dos)).toMatchObject({ action: 'corrected-claim', deadline: { days: 60 } });
    const tight = PayerProfile.parse({ id: 'tight', match: { kind: 'commercial' }, timelyFilingDays: 45 });
    expect(deadlineFor('rebill', tight, 'commercial', remit, dos).deadline).toMatchObject({ due: '2026-11-19', source: 'the payer settings for tight' });
  });

  it('without the date a window counts from, no deadline and a plain reason', () => {
    expect(deadlineFor('rebill', builtIn('medicare'), 'medicare', remit, null).reason).toContain('there is no date of service');
    expect(deadlineFor('appeal', builtIn('medicare'), 'medicare', null, dos).reason).toContain('there is no remittance date');
  });
});
