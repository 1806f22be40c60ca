// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { ecw } from './ecw.ts';
import { openFixture, textOfAll } from '../../test/support/open-fixture.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('eClinicalWorks progress note', () => {
  test('before the pane loads there is no note; after it, the sections are the roots', async () => {
    const shell = await openFixture('ecw/progress-note.html');
    close = shell.close;
    expect(ecw.detect(shell.document)).toBe(true);
    expect(ecw.read(shell.document).note).toBeUndefined();
    await shell.close();

    const page = await openFixture('ecw/progress-note.html', { scripts: true });
    close = page.close;
    const { note, identity } = ecw.read(page.document);
    expect(note?.roots.length).toBe(8);
    const text = textOfAll(note?.roots ?? []);
    expect(text).toContain('Essential hypertension');
    expect(text).toContain('Type 2 diabetes mellitus without complications');
    // The left list pane and the patient bar are not documentation.
    expect(text).not.toContain('Telephone Encounter');
    expect(text).not.toContain('Sub ID');
    expect(note?.patient).toEqual({ age: 58, sex: 'M' });
    expect(note?.dateOfService).toBe('2026-11-05');
    expect(identity).toEqual({ memberId: 'W284-913-550', dateOfService: '2026-11-05' });
  });
});

describe('eClinicalWorks claim window', () => {
  test('reads header, ICD grid and CPT grid with modifiers and pointer cells', async () => {
    const page = await openFixture('ecw/claim.html');
    close = page.close;
    expect(ecw.detect(page.document)).toBe(true);
    const { claim, fields, identity, note } = ecw.read(page.document);
    expect(note).toBeUndefined();
    expect(claim?.id).toBe('300417');
    expect(claim?.payer).toEqual({ name: 'Aetna Choice POS II', kind: 'commercial', payerId: '60054' });
    expect(claim?.patient).toEqual({ firstName: 'Marcus', lastName: 'Chen', dob: '1968-07-14', sex: 'M', memberId: 'W284913550' });
    expect(claim?.billingProvider.npi).toBe('1234567890');
    expect(claim?.renderingProvider?.npi).toBe('1234567893');
    expect(claim?.placeOfService).toBeNull();
    expect(claim?.diagnoses).toEqual(['E11.9', 'I10', 'E78.5']);
    expect(claim?.lines).toEqual([
      { dateOfService: '2026-11-05', code: '99214', modifiers: [], units: 1, diagnosisPointers: [1, 2, 3], charge: 185 },
      { dateOfService: '2026-11-05', code: '83036', modifiers: ['QW'], units: 1, diagnosisPointers: [1], charge: 28 },
    ]);
    expect(fields?.['billingProvider.npi']?.id).toBe('txtBillingNPI');
    expect(fields?.placeOfService?.id).toBe('txtPOS');
    expect(fields?.['diagnoses[2]']?.id).toBe('txtIcd_3');
    expect(fields?.['lines[1].modifiers']?.id).toBe('txtMod1_1');
    expect(fields?.['lines[1]']?.className).toBe('cptRow');
    // The same claim as the progress note: member id differs only in dashes (normalized in the key).
    expect(identity).toEqual({ memberId: 'W284913550', dateOfService: '2026-11-05' });
  });

  test('a second claim: pointer order is kept, and identity matches the UHC member of the same visit', async () => {
    const page = await openFixture('ecw/claim-300522.html');
    close = page.close;
    const { claim, identity } = ecw.read(page.document);
    expect(claim?.lines.map((l) => [l.code, l.diagnosisPointers])).toEqual([
      ['99213', [1, 2]],
      ['72148', [2, 1]],
    ]);
    expect(claim?.priorAuthorization).toBeNull();
    expect(claim?.placeOfService).toBe('11');
    expect(identity).toEqual({ memberId: '912345678', dateOfService: '2026-11-05' });
  });

  test('an athenaOne page is not taken for eCW', async () => {
    const page = await openFixture('athena/claim.html');
    close = page.close;
    expect(ecw.detect(page.document)).toBe(false);
  });
});
