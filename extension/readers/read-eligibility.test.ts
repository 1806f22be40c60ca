// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { readEligibility } from './read-eligibility.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const cases = [
  [
    'humana/eligibility.html',
    { status: 'inactive', start: '2026-01-01', end: '2026-09-30', memberId: 'H40318827', plan: 'Humana Gold Plus HMO', serviceDate: '2026-11-03' },
  ],
  [
    'navinet/eligibility.html',
    { status: 'inactive', start: '2025-01-01', end: '2026-08-31', memberId: 'YRP884120093', plan: 'Blue Access PPO', payer: 'Anthem Blue Cross Blue Shield' },
  ],
  // No status word on the page: the dates against the date of service decide it.
  ['medicaid/eligibility.html', { status: 'inactive', start: '2025-03-01', end: '2026-10-15', memberId: '30044518727', plan: 'Medicaid Full Benefits' }],
  ['availity/eligibility.html', { status: 'active' }],
] as const;

test.each(cases)('%s: status, dates and member', async (path, expected) => {
  const page = await openFixture(path);
  close = page.close;
  const read = readEligibility(page.document)!;
  expect(read).toMatchObject(expected);
  expect(read.eligibility).toMatchObject({ status: expected.status, coverageEnd: 'end' in expected ? expected.end : null });
});

test('the eligibility in the claim check carries the name and birth date shown', async () => {
  const page = await openFixture('humana/eligibility.html');
  close = page.close;
  expect(readEligibility(page.document)!.eligibility).toMatchObject({ lastName: 'GARCIA', firstName: 'LUIS', dob: '1956-05-19' });
});

test('a clinical note is no eligibility response', async () => {
  const page = await openFixture('generic/plain-note.html');
  close = page.close;
  expect(readEligibility(page.document)).toBeUndefined();
});
