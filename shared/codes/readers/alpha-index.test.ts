import { describe, expect, it } from 'vitest';
import { resolveIndexTerms } from '../index-terms.ts';
import { packIndexTree, readIndexTree } from '../index-tree.ts';
import { mergeIndexes, readIndexXml } from './alpha-index.ts';
import { wordForm } from './see-grafts.ts';

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

/** An FY2017-style Index file around one letter's terms. */
const indexFile = (letter: string) => `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index>
  <version>2017</version>
  <letter>
${letter}  </letter>
</ICD10CM.index>`;

/** Each term of an Index file and its code, as "path -> code". */
const termsOf = (xml: string) => resolveIndexTerms(readIndexTree(packIndexTree(readIndexXml(xml, 'i.xml')))!, () => true).map((t) => `${t.term} -> ${t.code}`);

describe('"see also" from a term with no code of its own (I.A.12.b)', () => {
  const index = indexFile(`
    <title>A</title>
    <mainTerm><title>Abnormal</title><seeAlso>Anomaly</seeAlso></mainTerm>
    <mainTerm><title>Anomaly</title><code>Q89.9</code></mainTerm>
    <mainTerm><title>Coagulopathy</title><seeAlso>Defect, coagulation</seeAlso>
      <term level="1"><title>consumption</title><code>D65</code></term>
    </mainTerm>
    <mainTerm><title>Defect</title>
      <term level="1"><title>coagulation</title><code>D68.9</code>
        <term level="2"><title>acquired</title><code>D68.4</code></term>
      </term>
    </mainTerm>
`);

  it('reads the bare term as the subterm it refers to, and a whole main term as a place to look only', () => {
    const terms = termsOf(index);
    expect(terms).toContain('Coagulopathy -> D68.9');
    expect(terms).toContain('Coagulopathy, acquired -> D68.4');
    expect(terms.filter((t) => t.startsWith('Abnormal'))).toEqual([]);
  });
});

describe('a reference citing two levels where the Index has one subterm of both words', () => {
  const index = indexFile(`
    <title>D</title>
    <mainTerm><title>Diverticulosis</title><code>K57.90</code>
      <term level="1"><title>large intestine</title><code>K57.30</code></term>
    </mainTerm>
    <mainTerm><title>Diverticulum</title><code>K57.90</code>
      <term level="1"><title>sigmoid</title><see>Diverticulosis, intestine, large</see></term>
    </mainTerm>
`);

  it('"see Diverticulosis, intestine, large" reads the subterm "large intestine"', () => {
    const terms = termsOf(index);
    expect(terms).toContain('Diverticulum, sigmoid -> K57.30');
  });
});

describe('a reference leaving out the "NEC" of a residual subterm', () => {
  const index = indexFile(`
    <title>D</title>
    <mainTerm><title>Dependence</title><code>F19.20</code>
      <term level="1"><title>drug NEC</title><code>F19.20</code>
        <term level="2"><title>nicotine</title><code>F17.200</code></term>
      </term>
    </mainTerm>
    <mainTerm><title>Smoker</title><see>Dependence, drug, nicotine</see></mainTerm>
`);

  it('"Smoker - see Dependence, drug, nicotine" reads the subterm "drug NEC, nicotine"', () => {
    expect(termsOf(index)).toContain('Smoker -> F17.200');
  });
});

describe('a reference to a main term titled with "NOS"', () => {
  const index = indexFile(`
    <title>C</title>
    <mainTerm><title>Conjunctivitis NOS</title><code>H10.9</code>
      <term level="1"><title>acute</title><code>H10.3-</code>
        <term level="2"><title>mucopurulent</title><code>H10.02-</code></term>
      </term>
    </mainTerm>
    <mainTerm><title>Pink</title>
      <term level="1"><title>eye</title><see>Conjunctivitis, acute, mucopurulent</see></term>
    </mainTerm>
`);

  it('"Pink, eye - see Conjunctivitis, acute, mucopurulent" reads the term "Conjunctivitis NOS"', () => {
    expect(termsOf(index)).toContain('Pink, eye -> H10.02');
  });
});

describe("a main term that only inverts its target's name", () => {
  const index = indexFile(`
    <title>D</title>
    <mainTerm><title>Diabetes, diabetic<nemod>(mellitus) (sugar)</nemod></title><code>E11.9</code>
      <term level="1"><title>gestational</title><code>O24.419</code></term>
    </mainTerm>
    <mainTerm><title>Sugar</title><see>Diabetes</see></mainTerm>
    <mainTerm><title>Mellitus, diabetes</title><see>Diabetes</see></mainTerm>
`);

  it('"Mellitus, diabetes - see Diabetes" adds no path of its own; a one-word "see" still carries the target', () => {
    const terms = termsOf(index);
    expect(terms.filter((t) => t.startsWith('Mellitus'))).toEqual([]);
    expect(terms).toContain('Sugar, gestational -> O24.419');
  });
});

describe('a main term that is a word form of its "see" target carries the whole target', () => {
  const many = Array.from(
    { length: 40 },
    (_, i) => `<term level="1"><title>site${String.fromCharCode(97 + (i % 26))}${i}</title><code>I83.90</code></term>`,
  ).join('');
  const index = indexFile(`
    <title>V</title>
    <mainTerm><title>Varix</title><code>I83.90</code>${many}
      <term level="1"><title>esophagus</title><code>I85.00</code>
        <term level="2"><title>in<nemod>(due to)</nemod></title>
          <term level="3"><title>portal hypertension</title><code>I85.10</code></term>
        </term>
      </term>
    </mainTerm>
    <mainTerm><title>Varices</title><see>Varix</see></mainTerm>
    <mainTerm><title>Phlebectasia</title><see>Varix</see></mainTerm>
    <mainTerm><title>Varicose</title>
      <term level="1"><title>vein</title><see>Varix</see></term>
    </mainTerm>
    <mainTerm><title>Dilatation</title>
      <term level="1"><title>vein</title><see>Varix</see></term>
    </mainTerm>
`);

  it('"Varices - see Varix" reads on past the size limit; a synonym of another stem keeps the limit', () => {
    const terms = termsOf(index);
    expect(terms).toContain('Varices, esophagus, in, portal hypertension -> I85.10');
    expect(terms.filter((t) => t.startsWith('Phlebectasia,'))).toEqual([]);
  });

  it('"Varicose, vein - see Varix" reads on too: a subterm of a form of the target that is only a "see" to it', () => {
    const terms = termsOf(index);
    expect(terms).toContain('Varicose, vein, esophagus, in, portal hypertension -> I85.10');
    expect(terms.filter((t) => t.startsWith('Dilatation, vein,'))).toEqual([]);
  });

  it.each([
    ['Varices', 'Varix', true],
    ['Calculi', 'Calculus', true],
    ['Thrombus', 'Thrombosis', true],
    ['Congestive', 'Congestion', true],
    ['Hemiparesis', 'Hemiplegia', false],
    ['Phlebectasia', 'Varix', false],
    ['Labor', 'Delivery', false],
  ])('%s is a form of %s: %s', (from, target, form) => {
    expect(wordForm(from, target)).toBe(form);
  });
});

describe('a stated link inside a nonessential-modifier element (I.A.7: only parenthesised words are nonessential)', () => {
  const index = indexFile(`
    <title>N</title>
    <mainTerm><title>Normocytic anemia<nemod>(infectional) due to blood loss (chronic)</nemod></title><code>D50.0</code></mainTerm>
    <mainTerm><title>Long-term<nemod>(current) (prophylactic) drug therapy (use of)</nemod></title>
      <term level="1"><title>insulin</title><code>Z79.4</code></term>
    </mainTerm>
`);

  it('keeps "due to blood loss" essential, and a main term\'s phrase as the Index lays it out', () => {
    const terms = termsOf(index);
    expect(terms).toContain('Normocytic anemia due to blood loss -> D50.0');
    expect(terms).toContain('Long-term, insulin -> Z79.4');
  });
});
