import { describe, expect, it } from 'vitest';
import { mergeIndexes, readIndexXml } from './alpha-index.ts';

// A main Index whose morphology terms point into the Neoplasm Table (the CDC schema's wording),
// and a two-row Table; merged as `codes build` merges the official files.
const main = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index><version>2017</version><letter><title>A</title>
  <mainTerm><title>Adenocarcinoma</title><seeAlso>Neoplasm, malignant, by site</seeAlso></mainTerm>
  <mainTerm><title>Adenoma</title><seeAlso>Neoplasm, benign, by site</seeAlso><code>D36.9</code>
    <term level="1"><title>tubular</title><see>Neoplasm, benign, by site</see></term>
    <term level="1"><title>villous</title><see>Neoplasm,  uncertain behavior, by site</see></term>
  </mainTerm>
  <mainTerm><title>Basaloma</title><see>Neoplasm, skin, malignant</see></mainTerm>
  <mainTerm><title>Carcinoma in situ</title><see>Neoplasm, in situ, by site</see></mainTerm>
  <mainTerm><title>Metastasis, metastatic</title><term level="1"><title>deposits<nemod>(in)</nemod></title><see>Neoplasm, secondary, by site</see></term></mainTerm>
  <mainTerm><title>Wen</title><see>Neoplasm, kidney, unknown column</see></mainTerm>
</letter></ICD10CM.index>`;

const table = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.index><version>2025</version>
  <indexHeading><head col="1">Neoplasm</head><head col="2">Malignant Primary</head><head col="3">Malignant Secondary</head><head col="4">Ca in situ</head><head col="5">Benign</head><head col="6">Uncertain Behavior</head><head col="7">Unspecified Behavior</head></indexHeading>
  <letter><title>N</title><mainTerm><title>Neoplasm, neoplastic</title>
    <cell col="2">C80.1</cell><cell col="3">C79.9</cell><cell col="4">D09.9</cell><cell col="5">D36.9</cell><cell col="6">D48.9</cell><cell col="7">D49.9</cell>
    <term level="1"><title>skin<nemod>(of)</nemod></title>
      <cell col="2">C44.90</cell><cell col="3">C79.2</cell><cell col="4">D04.9</cell><cell col="5">D23.9</cell><cell col="6">D48.5</cell><cell col="7">D49.2</cell></term>
  </mainTerm></letter></ICD10CM.index>`;

describe('Index references into the Neoplasm Table (I.C.2, Table columns)', () => {
  const ix = mergeIndexes([readIndexXml(main, 'index.xml'), readIndexXml(table, 'neoplasm.xml')]);
  const codesOf = (...path: string[]): string[] => {
    let at = -1;
    for (const part of path) at = ix.titles.findIndex((t, id) => ix.parents[id] === at && t === part);
    const out: string[] = [];
    for (let i = 0; i + 1 < ix.refs.length; i += 2) if (ix.refs[i] === at) out.push(ix.refs[i + 1] as string);
    return out;
  };

  it.each([
    // "see (also) Neoplasm, <behaviour>, by site": the column's code in the unspecified-site row.
    [['Adenocarcinoma'], ['C80.1']],
    [['Adenoma', 'tubular'], ['D36.9']],
    [['Adenoma', 'villous'], ['D48.9']],
    [['Carcinoma in situ'], ['D09.9']],
    [['Metastasis, metastatic', 'deposits'], ['C79.9']],
    // A named row: "Neoplasm, skin, malignant".
    [['Basaloma'], ['C44.90']],
    // A "see also" where the term has its own code adds nothing; an unknown row or column adds nothing.
    [['Adenoma'], ['D36.9']],
    [['Wen'], []],
  ])('%j -> %j', (path, want) => {
    expect(codesOf(...path)).toEqual(want);
  });

  it('reads nothing into a file read alone (the Table is another file)', () => {
    const alone = readIndexXml(main, 'index.xml');
    expect(alone.refs.filter((r) => r === 'C80.1')).toEqual([]);
  });
});
