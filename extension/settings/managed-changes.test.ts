import { expect, test } from 'vitest';
import { managedChanges } from './managed-changes.ts';

const mirror = (values: Record<string, unknown>) => ({ values, problems: [] });

test.each([
  ['first answer after install', undefined, mirror({ sync: false, codeSetYear: 'FY2026' }), 'local', ['codeSetYear', 'sync']],
  [
    'a value changed, another kept',
    mirror({ sync: true, sites: ['https://a.example'] }),
    mirror({ sync: false, sites: ['https://a.example'] }),
    'local',
    ['sync'],
  ],
  ['a value removed from the policy', mirror({ workerUrl: 'https://w.example' }), mirror({}), 'local', ['workerUrl']],
  ['same policy, problems only', mirror({ sync: false }), { values: { sync: false }, problems: ['x'] }, 'local', []],
  ['another area', undefined, mirror({ sync: false }), 'sync', []],
])('%s', (_name, oldValue, newValue, area, keys) => {
  expect([...managedChanges({ managedMirror: { oldValue, newValue } }, area)].sort()).toEqual(keys);
});

test('other keys in storage.local are not policy changes', () => {
  expect(managedChanges({ userSettings: { newValue: { sync: false } } }, 'local').size).toBe(0);
});
