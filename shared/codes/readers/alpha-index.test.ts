import { describe, expect, it } from 'vitest';
import { resolveIndexTerms } from '../index-terms.ts';
import { packIndexTree, readIndexTree } from '../index-tree.ts';
import { mergeIndexes, readIndexXml } from './alpha-index.ts';

// A two-row Table of Neoplasms in the CDC schema (indexHeading + cell columns).
const table = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index>
  <version>2025</version>
  <indexHeading><head col="1">Neoplasm</head><head col="2">Malignant Primary</head><head col="3">Malignant Secondary</head><head col="4">Ca in situ</head></indexHeading>
  <letter>
    <title>N</title>
    <mainTerm>
      <title>Neoplasm, neoplastic</title>
      <cell col="2">C80.1</cell><cell col="3">C79.9</cell><cell col="4">-</cell>
      <term level="1">
        <title>breast<nemod>(connective tissue) (glandular tissue)</nemod></title>
        <manif>some words, not a code</manif>
        <cell col="2">C50.9-</cell><cell col="3">C79.81</cell><cell col="4">D05.9-</cell>
      </term>
    </mainTerm>
  </letter>
</ICD10CM.index>`;

describe('index tables', () => {
  it('turns each cell into a subterm named by its column heading, skipping "-"', () => {
    const ix = readIndexXml(table, 'neoplasm.xml');
    const terms = resolveIndexTerms(readIndexTree(packIndexTree(ix))!, () => true).map((t) => `${t.term} -> ${t.code}`);
    expect(terms).toEqual([
      'Neoplasm, neoplastic, Malignant Primary -> C80.1',
      'Neoplasm, neoplastic, Malignant Secondary -> C79.9',
      'Neoplasm, neoplastic, breast, Malignant Primary -> C50.9',
      'Neoplasm, neoplastic, breast, Malignant Secondary -> C79.81',
      'Neoplasm, neoplastic, breast, Ca in situ -> D05.9',
    ]);
  });

  it('merges several files into one tree without mixing their terms', () => {
    const a = readIndexXml(table, 'a.xml');
    const merged = mergeIndexes([a, a]);
    const terms = resolveIndexTerms(readIndexTree(packIndexTree(merged))!, (c) => c !== 'C7981');
    expect(terms).toHaveLength(8);
    expect(terms[4]!.term).toBe('Neoplasm, neoplastic, Malignant Primary');
    expect(terms.every((t) => t.code !== 'C79.81')).toBe(true);
  });

  it('names the line of a cell that holds no code', () => {
    expect(() => readIndexXml(table.replace('C79.81', 'breast'), 'n.xml')).toThrow(/^n\.xml: line 13: <cell> is not an ICD-10-CM code/);
  });
});
