import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { codeStatement } from './statement.ts';

// A generic head noun needs its own noun on an Index path ("Disease, eye" is not "eye"): "Dysfunction, male - see
// Dysfunction, sexual, male" has only the patient's sex after it, which is the record's, not a word of the note.
let cs: CodeSets;
const codes = (statement: string) =>
  codeStatement(cs, '2026-06-01', statement, 0, statement.length, 'M').map((h) => `${h.code.slice(0, 3)}.${h.code.slice(3)}`);

describe.skipIf(!codeSetsBuilt)('generic head nouns on Index paths (real code sets, male patient)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each(['Eustachian tube dysfunction', 'Diastolic dysfunction', 'Cognitive dysfunction', 'Vocal cord dysfunction'])(
    '"%s" is no male sexual dysfunction',
    (statement) => expect(codes(statement).filter((c) => c.startsWith('N53'))).toEqual([]),
  );

  it.each([
    ['Erectile dysfunction', ['N52.9']],
    ['Hepatic dysfunction', ['K76.89']],
    ['Bladder dysfunction, neurogenic', ['N31.9']],
  ])('"%s" keeps the dysfunction its noun names', (statement, want) => expect(codes(statement)).toEqual(want));
});
