import { expect, test } from 'vitest';
import { useTeamBrowsers } from '../support/e2e-setup.ts';

const env = useTeamBrowsers('Denials practice');

test('a denied line on the portal claim status is triaged, sent to the thread, and the coder sees it on the EHR note', async () => {
  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/claim-status.html`);
  const coding = portal.locator('chartside-overlay .denial[data-origin="coding"]');
  await coding.waitFor({ state: 'attached', timeout: 30_000 });
  // CO-16 (missing information) is the biller's; CO-11 (diagnosis inconsistent with procedure) the coder's.
  expect(await portal.locator('chartside-overlay .denial[data-owner="biller"] .carc').first().textContent()).toContain('CO-16');
  expect(await coding.getAttribute('data-owner')).toBe('coder');
  expect(await coding.locator('summary').textContent()).toMatch(/reopening · due \d{4}-\d{2}-\d{2}/);

  await portal.locator('chartside-overlay .launcher').click();
  await portal.locator('chartside-overlay .send-denials').click();
  await portal.locator('chartside-overlay .send-denials', { hasText: 'Sent' }).waitFor({ timeout: 15_000 });

  const note = await env.coder.context.newPage();
  await note.goto(`${env.pages.url}/athena/encounter.html`);
  const handoff = note.locator('chartside-overlay .handoff-note', { hasText: 'Denial received' });
  await handoff.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await handoff.textContent()).toMatch(
    /20610 2026-11-03: CO-11 \$142\.00 -> coding, coder: request a reopening by \d{4}-\d{2}-\d{2} \(365 days from the remittance date \d{4}-\d{2}-\d{2}\)/,
  );
  const form = note.locator('chartside-overlay form.thread-state');
  expect(await form.locator('[name=status]').inputValue()).toBe('waiting-on-coder');
  expect(await form.locator('[name=carc]').inputValue()).toBe('16, 11');
  expect(await form.locator('[name=dueDate]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("the team's denial history shows when the same payer and codes are billed again", async () => {
  // The first test sent this claim's denials; the biller now opens the claim in the EHR.
  const claim = await env.biller.context.newPage();
  await claim.goto(`${env.pages.url}/athena/claim.html`);
  const memory = claim.locator('chartside-overlay .memory li[data-memory-carc="11"]');
  await memory.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await memory.textContent()).toMatch(/^Medicare Part B denied .*20610.* once in 90 days, CARC 11/);
});
