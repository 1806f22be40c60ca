import { expect, test } from 'vitest';
import { useTeamBrowsers } from '../support/e2e-setup.ts';

const env = useTeamBrowsers('Test practice');

test('a note the coder writes on the EHR claim reaches the biller on the payer-portal page, encrypted in transit', async () => {
  const text = `Dx order confirmed with Dr. Natarajan ${Date.now()}`;
  const claimPage = await env.coder.context.newPage();
  const bodiesSent: string[] = [];
  env.coder.context.on('request', (r) => r.method() === 'POST' && bodiesSent.push(r.postData() ?? ''));
  await claimPage.goto(`${env.pages.url}/athena/claim.html`);
  const box = claimPage.locator('chartside-overlay textarea[name="handoff-note"]');
  await box.waitFor({ state: 'attached', timeout: 30_000 });
  await claimPage.locator('chartside-overlay .launcher').click();
  await box.fill(text);
  await claimPage.locator('chartside-overlay .handoff .note-form button[type=submit]').click();
  await claimPage.locator('chartside-overlay .handoff-note[data-pending="false"]', { hasText: text }).waitFor({ timeout: 15_000 });

  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  const note = portal.locator('chartside-overlay .handoff-note', { hasText: text });
  await note.waitFor({ state: 'attached', timeout: 30_000 });
  expect(await note.locator('.author').textContent()).toBe('coder');
  // The worker received ciphertext only.
  expect(bodiesSent.some((b) => b.includes('"ct"'))).toBe(true);
  expect(bodiesSent.every((b) => !b.includes(text))).toBe(true);
});

test("a teammate's new note appears live on a page that is already open", async () => {
  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  await portal.locator('chartside-overlay .handoff').waitFor({ state: 'attached', timeout: 30_000 });
  const text = `Live: payer wants the op note (${Date.now()})`;
  const claimPage = await env.coder.context.newPage();
  await claimPage.goto(`${env.pages.url}/athena/claim.html`);
  await claimPage.locator('chartside-overlay .launcher').click();
  await claimPage.locator('chartside-overlay textarea[name="handoff-note"]').fill(text);
  await claimPage.locator('chartside-overlay .handoff .note-form button[type=submit]').click();
  await portal.locator('chartside-overlay .handoff-note', { hasText: text }).waitFor({ state: 'attached', timeout: 20_000 });
});

test('thread status, root cause and CARC set by the biller show for the coder; a stale save is refused', async () => {
  const portal = await env.biller.context.newPage();
  await portal.goto(`${env.pages.url}/availity/eligibility.html`);
  const form = portal.locator('chartside-overlay form.thread-state');
  await form.waitFor({ state: 'attached', timeout: 30_000 });
  await portal.locator('chartside-overlay .launcher').click();
  await form.locator('[name=status]').selectOption('waiting-on-coder');
  await form.locator('[name=rootCause]').selectOption('coding');
  await form.locator('[name=carc]').fill('97');
  await form.locator('button[type=submit]').click();

  const claimPage = await env.coder.context.newPage();
  await claimPage.goto(`${env.pages.url}/athena/claim.html`);
  const coderForm = claimPage.locator('chartside-overlay form.thread-state');
  await expect.poll(() => coderForm.locator('[name=status]').inputValue(), { timeout: 30_000 }).toBe('waiting-on-coder');
  expect(await coderForm.locator('[name=carc]').inputValue()).toBe('97');

  // The coder starts an edit; meanwhile the biller saves another change. The coder's draft is
  // kept (not overwritten by the refresh), but saving it is refused as stale.
  await claimPage.locator('chartside-overlay .launcher').click();
  await coderForm.locator('[name=status]').selectOption('resolved');
  await form.locator('[name=status]').selectOption('waiting-on-biller');
  await form.locator('button[type=submit]').click();
  await expect.poll(() => form.locator('[name=status]').inputValue()).toBe('waiting-on-biller');
  await claimPage.waitForTimeout(6000); // past a refresh of the coder's page
  expect(await coderForm.locator('[name=status]').inputValue()).toBe('resolved');
  await coderForm.locator('button[type=submit]').click();
  await claimPage.locator('chartside-overlay .handoff [role=alert]', { hasText: 'changed this thread' }).waitFor({ timeout: 15_000 });
  await expect.poll(() => coderForm.locator('[name=status]').inputValue()).toBe('waiting-on-biller');
});
