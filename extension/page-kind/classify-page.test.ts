// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { classifyPage } from './classify-page.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

const cases: [string, string][] = [
  ['generic/plain-note.html', 'note'],
  ['generic/textarea-note.html', 'note'],
  ['generic/frame-note.html', 'note'],
  ['generic/teach-note.html', 'note'],
  ['athena/encounter.html', 'note'],
  ['athena/claim.html', 'claim'],
  ['ecw/claim.html', 'claim'],
  ['availity/eligibility.html', 'eligibility'],
  ['availity/claim-status.html', 'remittance'],
  ['advancedmd/charge-entry.html', 'claim'],
  ['officeally/hcfa-entry.html', 'claim'],
  ['drchrono/billing.html', 'claim'],
  ['humana/eligibility.html', 'eligibility'],
  ['navinet/eligibility.html', 'eligibility'],
  ['medicaid/eligibility.html', 'eligibility'],
  ['waystar/remit.html', 'remittance'],
  ['bcbs/claim-status.html', 'remittance'],
  ['medicaid/remittance.html', 'remittance'],
  ['medicaid/ra-printout.html', 'remittance'],
  ['kaiser/remit.html', 'remittance'],
  ['nextgen/charge-entry.html', 'claim'],
  ['carecloud/charge.html', 'claim'],
  ['inhouse/claim-card.html', 'other'],
  ['generic/long-note.html', 'note'],
  ['generic/note-with-labs.html', 'note'],
  ['epic/note.html', 'note'],
  ['openemr/encounter.html', 'note'],
];

test.each(cases)('%s is a %s page', async (path, kind) => {
  const page = await openFixture(path, { scripts: true }); // the long note is typed into its textarea by a script
  close = page.close;
  const decision = classifyPage(page.document);
  expect(decision.kind, decision.why.join('; ')).toBe(kind);
});
