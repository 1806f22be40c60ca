import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ManagedSettings, parseManaged } from './managed-schema.ts';

describe('parseManaged: each policy key is taken or refused on its own, with a reason', () => {
  test.each([
    [
      'all valid',
      { workerUrl: 'https://w.example.org', sync: false, sites: ['https://ehr.example.org'], codeSetYear: 'FY2027', enrollment: 'eyJ3b3JrZXJVcmwiOi' },
      ['workerUrl', 'sync', 'sites', 'codeSetYear', 'enrollment'],
      [],
    ],
    ['a worker that is not a URL', { workerUrl: 'chartside.example.org', sync: true }, ['sync'], ['policy "workerUrl"']],
    ['a non-http worker', { workerUrl: 'ftp://w.example.org' }, [], ['policy "workerUrl": must be an http(s) URL']],
    ['sync as a string', { sync: 'false' }, [], ['policy "sync"']],
    ['a year spelt short', { codeSetYear: 'FY27' }, [], ['policy "codeSetYear": must look like FY2027']],
    ['a misspelt key (Firefox passes unknown keys through)', { workerURL: 'https://w.example.org' }, [], ['policy key "workerURL" is not a Chartside setting']],
  ])('%s', (_name, raw, taken, problems) => {
    const read = parseManaged(raw);
    expect(Object.keys(read.values).sort()).toEqual([...taken].sort());
    expect(read.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(read.problems[i]).toContain(p));
  });
});

test("Chrome's managed_schema lists exactly the keys and JSON types of the zod schema", () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as {
    properties: Record<string, { type: string; items?: { type: string } }>;
  };
  const jsonType = (key: string): string => {
    const probe = { workerUrl: 'https://a.b', enrollment: 'x'.repeat(10), sites: ['a'], sync: true, codeSetYear: 'FY2027' }[key];
    return Array.isArray(probe) ? 'array' : typeof probe;
  };
  expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(ManagedSettings.shape).sort());
  for (const [key, prop] of Object.entries(schema.properties)) expect(prop.type, key).toBe(jsonType(key));
  expect(schema.properties.sites!.items!.type).toBe('string');
  // The probe values used for the types are themselves valid, so the probe cannot drift.
  expect(parseManaged({ workerUrl: 'https://a.b', enrollment: 'x'.repeat(10), sites: ['a'], sync: true, codeSetYear: 'FY2027' }).problems).toEqual([]);
});
