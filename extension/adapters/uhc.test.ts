// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { uhc } from './uhc.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('eligibility view: member, coverage, network, referral and prior-auth codes by their labels', async () => {
  const page = await openFixture('uhc/index.html', { scripts: true });
  close = page.close;
  expect(uhc.detect(page.document)).toBe(true);
  const { eligibility, denials, identity } = uhc.read(page.document);
  expect(denials).toBeUndefined();
  expect(eligibility).toEqual({
    memberId: '912345678',
    firstName: 'RAVI',
    lastName: 'PATEL',
    dob: '1971-09-30',
    status: 'active',
    coverageStart: '2026-01-01',
    coverageEnd: '2026-12-31',
    inNetwork: true,
    priorAuthRequired: ['72148'],
    referralRequired: false,
  });
  expect(identity).toEqual({ memberId: '912345678', dateOfService: '2026-11-05' });
});

test('navigating to Claims with pushState: a fresh read finds the claim lines instead', async () => {
  const page = await openFixture('uhc/index.html?view=eligibility', { scripts: true });
  close = page.close;
  const link = page.document.querySelector<HTMLAnchorElement>('a[data-route="claims"]')!;
  link.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true, cancelable: true }) as unknown as Event);
  // Mid-navigation the view is loading: nothing to read yet, and no stale eligibility.
  expect(uhc.read(page.document)).toEqual({});
  await page.settle();
  expect(page.window.location.search).toBe('?view=claims');
  const { eligibility, denials, identity } = uhc.read(page.document);
  expect(eligibility).toBeUndefined();
  expect(denials).toEqual([
    {
      lineIndex: 0,
      code: '99213',
      dateOfService: '2026-11-05',
      status: 'Paid',
      billed: 150,
      paid: 92.4,
      adjustments: [
        { group: 'CO', carc: '45', amount: 30 },
        { group: 'PR', carc: '3', amount: 27.6 },
      ],
      rarcs: [],
    },
    {
      lineIndex: 1,
      code: '81002',
      dateOfService: '2026-11-05',
      status: 'Denied',
      billed: 15,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '97', amount: 15 }],
      rarcs: ['M15'],
    },
    {
      lineIndex: 2,
      code: '72148',
      dateOfService: '2026-11-05',
      status: 'Denied',
      billed: 850,
      paid: 0,
      adjustments: [{ group: 'CO', carc: '197', amount: 850 }],
      rarcs: ['N54', 'MA130'],
    },
  ]);
  // The same claim identity as the eligibility view of the same visit.
  expect(identity).toEqual({ memberId: '912345678', dateOfService: '2026-11-05' });
});

test('other portals are not taken for UHC', async () => {
  const page = await openFixture('availity/claim-status.html');
  close = page.close;
  expect(uhc.detect(page.document)).toBe(false);
});
