// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { readRemittance } from './read-remittance.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function read(path: string) {
  const page = await openFixture(path);
  close = page.close;
  return readRemittance(page.document)!;
}
const brief = (r: Awaited<ReturnType<typeof read>>) =>
  r.lines.map((l) => [l.code, l.billed, l.paid, l.adjustments.map((a) => `${a.group}-${a.carc}${a.amount !== undefined ? ` ${a.amount}` : ''}`), l.rarcs]);

test('Waystar-style ERA detail: group, CARC and RARC in their own columns', async () => {
  const r = await read('waystar/remit.html');
  expect(brief(r)).toEqual([
    ['99214', 180, 0, ['CO-16'], ['M51']],
    ['20610', 250, 0, ['CO-50'], []],
    ['36415', 15, 9.5, ['CO-45'], []],
  ]);
  expect(r).toMatchObject({
    claimNumber: 'EA2026110344871',
    memberId: 'W229417306',
    serviceDate: '2026-11-03',
    remit: { payerName: 'Aetna', remitDate: '2026-11-24' },
  });
});

test('BCBS-style claim status: one adjustment cell with group, CARC and amount', async () => {
  const r = await read('bcbs/claim-status.html');
  expect(brief(r)).toEqual([
    ['99214', 180, 0, ['CO-16 180'], ['M51', 'N290']],
    ['97110', 95, 0, ['CO-50 95'], []],
  ]);
  expect(r).toMatchObject({
    claimNumber: '26307A118820',
    memberId: 'YRP884120093',
    serviceDate: '2026-11-03',
    remit: { payerName: 'Anthem Blue Cross', remitDate: '2026-11-21' },
  });
  expect(r.lines[0]!.status).toBe('Denied');
});

test('state Medicaid RA: line blocks of label/value text instead of a table', async () => {
  const r = await read('medicaid/remittance.html');
  expect(brief(r)).toEqual([
    ['99213', 110, 0, ['CO-16'], ['M51']],
    ['90837', 160, 0, ['CO-50'], []],
  ]);
  expect(r).toMatchObject({
    claimNumber: '2026310012345',
    memberId: '30044518727',
    serviceDate: '2026-11-03',
    remit: { payerName: 'State Medicaid', remitDate: '2026-11-20' },
  });
});

test('a claim entry screen is no remittance', async () => {
  const page = await openFixture('advancedmd/charge-entry.html');
  close = page.close;
  expect(readRemittance(page.document)).toBeUndefined();
});

test('a fixed-width RA printout: amounts in the order of the header, codes from each line', async () => {
  const r = await read('medicaid/ra-printout.html');
  expect(brief(r)).toEqual([
    ['99214', 180, 0, ['CO-16 180'], ['MA130']],
    ['36415', 15, 8, ['PR-2 2'], []],
  ]);
  expect(r.lines[0]!.dateOfService).toBe('2026-11-03');
});

test('codes run together ("CO197") and deductible/coinsurance columns as PR-1/PR-2', async () => {
  const r = await read('kaiser/remit.html');
  expect(brief(r)).toEqual([
    ['73721', 1200, 0, ['CO-197'], ['N54']],
    ['99213', 140, 73.6, ['CO-45', 'PR-2 18.4'], []],
  ]);
  expect(r).toMatchObject({ claimNumber: 'KP-884120-03', memberId: '000118822441', remit: { remitDate: '2026-11-25' } });
});
