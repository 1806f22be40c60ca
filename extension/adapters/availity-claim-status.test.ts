// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { athenaOne } from './athena-one.ts';
import { availity } from './availity.ts';
import { openFixture } from '../../test/support/open-fixture.ts';
import { parseAdjustments, parseRarcs } from '../dom/remit-text.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('claim status: each line with group code, CARC, amount and RARCs; identity of the claim', async () => {
  const page = await openFixture('availity/claim-status.html');
  close = page.close;
  expect(availity.detect(page.document)).toBe(true);
  const findings = availity.read(page.document);
  expect(findings.eligibility).toBeUndefined();
  expect(findings.denials).toEqual([
    {
      lineIndex: 0,
      code: '99214',
      dateOfService: '2026-11-03',
      status: 'Denied',
      billed: 180,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '16', amount: 180 }],
      rarcs: ['N290', 'MA130'],
    },
    {
      lineIndex: 1,
      code: '20610',
      dateOfService: '2026-11-03',
      status: 'Denied',
      billed: 142,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '11', amount: 142 }],
      rarcs: [],
    },
  ]);
  expect(findings.identity).toEqual({ memberId: '1EG4-TE5-MK73', dateOfService: '2026-11-03' });
});

test('the portal page and the athenaOne claim it is about yield the same identity', async () => {
  const portal = await openFixture('availity/claim-status.html');
  const ehr = await openFixture('athena/claim.html');
  close = async () => (await portal.close(), await ehr.close());
  const norm = (id: { memberId: string; dateOfService: string } | undefined) => id && `${id.memberId.replace(/-/g, '')}|${id.dateOfService}`;
  expect(norm(availity.read(portal.document).identity)).toBe(norm(athenaOne.read(ehr.document).identity));
});

test('the eligibility page still reads as before', async () => {
  const page = await openFixture('availity/eligibility.html');
  close = page.close;
  const findings = availity.read(page.document);
  expect(findings.denials).toBeUndefined();
  expect(findings.eligibility?.status).toBe('active');
  expect(findings.eligibility?.priorAuthRequired).toEqual(['70553']);
});

test('remit text: groups, alphanumeric CARCs, amounts in parentheses, M/MA/N remarks', () => {
  expect(parseAdjustments('CO-45 $40.00; PR 2 (1,025.10) OA:A1')).toEqual([
    { group: 'CO', carc: '45', amount: 40 },
    { group: 'PR', carc: '2', amount: 1025.1 },
    { group: 'OA', carc: 'A1' },
  ]);
  expect(parseAdjustments('Denied - see remarks')).toEqual([]);
  expect(parseRarcs('M15, N290 MA130 N290')).toEqual(['M15', 'N290', 'MA130']);
});
