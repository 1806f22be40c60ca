import { expect, test } from 'vitest';
import { readCptFile } from './cpt-file.ts';

test.each([
  ['tab-delimited', '99213\tOffice visit, established (descriptor text)', [['99213', 'Office visit, established (descriptor text)']]],
  ['comma and quotes', '"0001U","Red cell antigen typing"', [['0001U', 'Red cell antigen typing']]],
  ['category II code with spaces', '1036F   Tobacco non-user', [['1036F', 'Tobacco non-user']]],
  ['notice and header lines are skipped', 'Copyright notice\nCODE\tDESCRIPTOR\n20610\tArthrocentesis, major joint', [['20610', 'Arthrocentesis, major joint']]],
  ['no codes at all', 'hello\nworld', []],
])('%s', (_name, text, expected) => {
  expect(readCptFile(text)).toEqual(expected);
});
