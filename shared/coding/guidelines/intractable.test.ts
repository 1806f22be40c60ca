import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { intractable } from './intractable.ts';
import { active } from './rule.ts';

// FY2026 titles of one G40 and one G43 pair.
const cs = kitCodeSets({
  titles: [
    [
      'G40.209',
      true,
      'Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus',
    ],
    [
      'G40.219',
      true,
      'Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, intractable, without status epilepticus',
    ],
    ['G43.909', true, 'Migraine, unspecified, not intractable, without status migrainosus'],
    ['G43.919', true, 'Migraine, unspecified, intractable, without status migrainosus'],
  ],
});
const run = (code: string, text: string) => {
  const ctx = kitContext(cs, [code], text);
  intractable(ctx);
  return active(ctx).map((f) => f.code);
};

describe('intractable (tabular notes at G40, G43)', () => {
  it.each([
    ['G40.209', 'Focal epilepsy with complex partial seizures - poorly controlled on 2 ASMs', 'G40.219'],
    ['G43.909', 'Migraine, refractory to triptans', 'G43.919'],
    ['G43.909', 'Migraine - pharmacoresistant', 'G43.919'],
    ['G40.209', 'Focal epilepsy with complex partial seizures - well controlled', 'G40.209'],
    ['G43.909', 'Migraine, not refractory', 'G43.909'],
  ])('%s "%s" -> %s', (code, text, want) => expect(run(code, text)).toEqual([want]));
});
