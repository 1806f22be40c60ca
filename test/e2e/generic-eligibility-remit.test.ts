import { expect, test } from 'vitest';
import { useExtensionPages } from '../support/e2e-setup.ts';

const env = useExtensionPages();

const eligibility = [
  { page: 'humana/eligibility.html', status: 'inactive', start: '2026-01-01', end: '2026-09-30', member: 'H40318827' },
  { page: 'navinet/eligibility.html', status: 'inactive', start: '2025-01-01', end: '2026-08-31', member: 'YRP884120093' },
  { page: 'medicaid/eligibility.html', status: 'inactive', start: '2025-03-01', end: '2026-10-15', member: '30044518727' },
];

test.each(eligibility)('$page: first load, an eligibility page read with status and dates, and no code suggestion', async (e) => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/${e.page}`);
  const card = page.locator('chartside-overlay [data-eligibility]');
  await card.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('eligibility');
  expect(await card.getAttribute('data-coverage-status')).toBe(e.status);
  expect(await card.getAttribute('data-coverage-start')).toBe(e.start);
  expect(await card.getAttribute('data-coverage-end')).toBe(e.end);
  expect(await card.getAttribute('data-member-id')).toBe(e.member);
  await page.locator('chartside-overlay[aria-busy="false"]').waitFor({ state: 'attached', timeout: 30_000 }); // every answer is in
  expect(await page.locator('chartside-overlay [data-code]').count()).toBe(0);
  expect(await page.locator('chartside-overlay .suggestions, chartside-overlay .code').count()).toBe(0);
  await page.close();
});

test("eligibility read on a payer page is used in the check of the same member's claim on a PM screen", async () => {
  // The Humana page ends this member's coverage on 09/30/2026; the DrChrono claim is for 11/03/2026.
  const portal = await env.browser.context.newPage();
  await portal.goto(`${env.pages.url}/humana/eligibility.html`);
  await portal.locator('chartside-overlay [data-eligibility]').waitFor({ state: 'attached', timeout: 30_000 });
  const claim = await env.browser.context.newPage();
  // The capture is a message to the background: retry the claim page until it has been kept.
  const flag = claim.locator('chartside-overlay [data-rule="coverage-inactive"][data-field="lines[0].dateOfService"]');
  for (let i = 0; i < 5 && (await flag.count()) === 0; i++) {
    await claim.goto(`${env.pages.url}/drchrono/billing.html`);
    await claim.locator('chartside-overlay [data-rule="npi-invalid"]').waitFor({ state: 'attached', timeout: 30_000 });
  }
  expect(await flag.locator('.carc').textContent()).toBe('CARC 27');
});

const remits = [
  {
    page: 'waystar/remit.html',
    lines: [
      ['CO', '16', 'M51'],
      ['CO', '50', ''],
      ['CO', '45', ''],
    ],
  },
  {
    page: 'bcbs/claim-status.html',
    lines: [
      ['CO', '16', 'M51 N290'],
      ['CO', '50', ''],
    ],
  },
  {
    page: 'medicaid/remittance.html',
    lines: [
      ['CO', '16', 'M51'],
      ['CO', '50', ''],
    ],
  },
  {
    page: 'medicaid/ra-printout.html',
    lines: [
      ['CO', '16', 'MA130'],
      ['PR', '2', ''],
    ],
  },
  {
    page: 'kaiser/remit.html',
    lines: [
      ['CO', '197', 'N54'],
      ['PR', '2', ''],
    ],
  },
];

test.each(remits)('$page: first load, every adjusted line triaged with its group, CARC, RARC, origin and owner', async (r) => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/${r.page}`);
  const lines = page.locator('chartside-overlay [data-denial-line]');
  await lines.first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('remittance');
  expect(await lines.count()).toBe(r.lines.length);
  for (const [i, [group, carc, rarc]] of r.lines.entries()) {
    const line = lines.nth(i);
    expect([await line.getAttribute('data-group'), await line.getAttribute('data-carc'), await line.getAttribute('data-rarc')]).toEqual([group, carc, rarc]);
    expect(await line.getAttribute('data-origin')).toMatch(/^(coding|billing|registration|authorization|payer-policy|patient-responsibility|informational)$/);
    expect(await line.getAttribute('data-owner')).toMatch(/\S/);
  }
  // CO-16 with M51 (missing/incorrect procedure information) and CO-50 (medical necessity) are denials.
  expect(await page.locator('chartside-overlay .denial.denied').count()).toBeGreaterThanOrEqual(1);
  await page.locator('chartside-overlay[aria-busy="false"]').waitFor({ state: 'attached', timeout: 30_000 }); // every answer is in
  expect(await page.locator('chartside-overlay [data-code]').count()).toBe(0);
  await page.close();
});

test('a clinical note still gets its code suggestions (the kind gate lets notes through)', async () => {
  const page = await env.browser.context.newPage();
  await page.goto(`${env.pages.url}/generic/plain-note.html`);
  await page.locator('chartside-overlay [data-code][data-recommended="true"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('chartside-overlay').getAttribute('data-page-kind')).toBe('note');
  await page.close();
});
