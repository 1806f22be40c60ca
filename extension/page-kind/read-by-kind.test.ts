// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { openFixture } from '../../test/support/open-fixture.ts';
import { athenaOne } from '../adapters/athena-one.ts';
import { spotFor } from '../readers/taught-claim.ts';
import { decidePage, readByKind } from './read-by-kind.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('a claim screen drawn in a frame of the application shell is found and read there', async () => {
  const page = await openFixture('advancedmd/shell.html');
  close = page.close;
  const read = readByKind(page.document, undefined, {});
  expect(read.kind).toBe('claim');
  expect(read.claim?.lines.map((l) => l.code)).toEqual(['99213', '20610', 'J3301']);
  expect(read.fields?.['renderingProvider.npi']?.ownerDocument).not.toBe(page.document); // the frame's own input
  expect(read.note).toBeUndefined();
});

test('only a note page keeps a note: a kind the user chose for the site wins over the reading', async () => {
  const page = await openFixture('generic/plain-note.html');
  close = page.close;
  const site = { note: { roots: [page.document.body] } };
  expect(readByKind(page.document, site, {}).kind).toBe('note');
  expect(readByKind(page.document, site, {}).note).toBeDefined();
  const chosen = readByKind(page.document, site, { kind: 'other' });
  expect([chosen.kind, chosen.note]).toEqual(['other', undefined]);
});

test("a site adapter's note is dropped when the user says the site is a claim screen", async () => {
  const page = await openFixture('humana/eligibility.html');
  close = page.close;
  const site = { note: { roots: [page.document.body] } };
  const read = readByKind(page.document, site, { kind: 'eligibility' });
  expect(read.note).toBeUndefined();
  expect(read.coverage).toMatchObject({ status: 'inactive', end: '2026-09-30' });
  expect(read.identity).toEqual({ memberId: 'H40318827', dateOfService: '2026-11-03' });
});

test("a field taught on a site an adapter reads is read over the adapter's reading", async () => {
  const page = await openFixture('athena/claim.html');
  close = page.close;
  const doc = page.document;
  const site = athenaOne.read(doc);
  const billing = doc.querySelector('[name=billingNpi]')!;
  const read = readByKind(doc, site, { claim: { 'renderingProvider.npi': spotFor(billing, false) } });
  expect(read.claim?.renderingProvider?.npi).toBe((billing as HTMLInputElement).value);
  expect(read.fields?.['renderingProvider.npi']).toBe(billing);
  expect(read.claim?.lines.length).toBe(site.claim?.lines.length); // the rest as the adapter read it
});

test('deciding first and reading in a later step reads what one call reads', async () => {
  const page = await openFixture('advancedmd/shell.html');
  close = page.close;
  const decided = decidePage(page.document, undefined, {});
  expect(decided?.decision.kind).toBe('claim');
  const stepwise = readByKind(page.document, undefined, {}, decided);
  const atOnce = readByKind(page.document, undefined, {});
  expect(stepwise.kind).toBe(atOnce.kind);
  expect(stepwise.claim).toEqual(atOnce.claim);
  expect(decidePage(page.document, undefined, { kind: 'other' })).toBeUndefined(); // the user's choice needs no classifier
});
