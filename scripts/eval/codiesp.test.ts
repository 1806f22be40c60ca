import { describe, expect, it } from 'vitest';
import { writeCodiespCorpus } from '../../test/support/codiesp-corpus.ts';
import { CorpusError, readCodiesp } from './codiesp.ts';

describe('readCodiesp', () => {
  it('reads every split with its English texts and gold codes as written', () => {
    const dir = writeCodiespCorpus({
      dev: { texts: { a: 'Fever.', b: 'Cough.' }, gold: 'a\tr50.9\na\tn44.8\n\nb\tr05\n' },
      test: { texts: { c: 'Nothing coded.' }, gold: '' },
    });
    expect(readCodiesp(dir)).toEqual([
      {
        name: 'dev',
        docs: [
          { id: 'a', text: 'Fever.', gold: ['r50.9', 'n44.8'] },
          { id: 'b', text: 'Cough.', gold: ['r05'] },
        ],
      },
      { name: 'test', docs: [{ id: 'c', text: 'Nothing coded.', gold: [] }] },
    ]);
  });

  it.each([
    ['a line without its code', 'a\tr50.9\nb\n', /testD\.tsv:2: expected "articleID<TAB>code"/],
    ['a code that is no ICD-10 code', 'a\t50.9\n', /testD\.tsv:1: "50\.9" is not an ICD-10 code/],
    ['a coded document without text', 'a\tr50.9\nzz\ti10\n', /testD\.tsv: 1 coded document\(s\) have no text in text_files_en, first zz/],
  ])('refuses %s, naming the file and line', (_, gold, message) => {
    const dir = writeCodiespCorpus({ test: { texts: { a: 'Fever.' }, gold } });
    expect(() => readCodiesp(dir)).toThrow(CorpusError);
    expect(() => readCodiesp(dir)).toThrow(message);
  });

  it('refuses a folder without a gold file', () => {
    const dir = writeCodiespCorpus({});
    expect(() => readCodiesp(dir)).toThrow(/holds no <split>D\.tsv/);
  });
});
