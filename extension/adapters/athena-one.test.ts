// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { athenaOne } from './athena-one.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/pages/athena');
const load = (file: string) => {
  document.documentElement.innerHTML = readFileSync(join(fixtures, file), 'utf8');
};

test('encounter page: the note roots, setting, patient and the claim identity from the banner', () => {
  load('encounter.html');
  expect(athenaOne.detect(document)).toBe(true);
  const f = athenaOne.read(document);
  expect(f.note?.roots).toHaveLength(1);
  expect(f.note?.roots[0]?.textContent).toContain('Essential hypertension - at goal');
  expect(f.note).toMatchObject({ setting: 'office', dateOfService: '2026-11-03', patient: { age: 76, sex: 'F' } });
  expect(f.identity).toEqual({ memberId: '1EG4-TE5-MK73', dateOfService: '2026-11-03' });
});

test('claim edit page: every field of the claim, ISO dates, pointer letters as numbers, and field anchors', () => {
  load('claim.html');
  const f = athenaOne.read(document);
  expect(f.claim).toMatchObject({
    payer: { kind: 'medicare', payerId: '00882' },
    patient: { dob: '1950-03-02', sex: 'F', memberId: '1EG4TE5MK73' },
    placeOfService: '11',
    diagnoses: ['E11.9', 'I10', 'E78.5', 'M17.11'],
  });
  expect(f.claim!.lines).toEqual([
    { dateOfService: '2026-11-03', code: '99214', modifiers: [], units: 1, diagnosisPointers: [1, 2, 3], charge: 180 },
    { dateOfService: '2026-11-03', code: '20610', modifiers: ['RT'], units: 1, diagnosisPointers: [4], charge: 142 },
  ]);
  expect((f.fields!['lines[1].modifiers'] as HTMLInputElement).value).toBe('RT');
  expect((f.fields!['diagnoses[3]'] as HTMLInputElement).value).toBe('M17.11');
  expect(f.identity).toEqual({ memberId: '1EG4TE5MK73', dateOfService: '2026-11-03' });
});
