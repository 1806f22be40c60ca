import { expect, test } from 'vitest';
import { mergeSettings } from './effective-settings.ts';

test.each([
  ['nothing set: sync on, no year, nothing locked', {}, {}, { sync: true, codeSetYear: undefined, locked: [] }],
  ['the user turned sync off', {}, { sync: false }, { sync: false, codeSetYear: undefined, locked: [] }],
  [
    'policy wins over the user',
    { sync: true, codeSetYear: 'FY2026' },
    { sync: false, codeSetYear: 'FY2027' },
    { sync: true, codeSetYear: 'FY2026', locked: ['codeSetYear', 'sync'] },
  ],
  ['policy off, user on', { sync: false }, { sync: true }, { sync: false, codeSetYear: undefined, locked: ['sync'] }],
  [
    'user year where the policy is silent',
    { workerUrl: 'https://w.example.org' },
    { codeSetYear: 'FY2027' },
    { sync: true, codeSetYear: 'FY2027', locked: ['workerUrl'] },
  ],
])('%s', (_name, managed, user, expected) => {
  const merged = mergeSettings(managed, user);
  expect({ sync: merged.sync, codeSetYear: merged.codeSetYear, locked: merged.locked }).toEqual(expected);
});
