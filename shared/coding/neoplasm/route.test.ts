import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { indexTree } from '../matcher/index-source.ts';
import { suggest } from '../suggest.ts';
import { type Column, type NeoplasmTable, neoplasmTable, rootColumn } from './table.ts';

// Against the compiled official files: the Neoplasm Table (FY2025) merged into the FY2017 Index.
let cs: CodeSets;
let table: NeoplasmTable;

/** The code(s) an Index term gives (main term, then subterm titles), read from the compiled tree. */
function indexCodes(main: string, ...subterms: string[]): string[] {
  const tree = indexTree(cs)!;
  let at = -1;
  for (let n = 0; n < tree.nodes && at < 0; n++) if (tree.parent(n) < 0 && tree.title(n) === main) at = n;
  for (const part of subterms) {
    let next = -1;
    for (let n = at + 1; n < tree.nodes && next < 0; n++) if (tree.parent(n) === at && tree.title(n) === part) next = n;
    at = next;
    if (at < 0) return [];
  }
  const out: string[] = [];
  for (let r = 0; r < tree.refs; r++) if (tree.refNode(r) === at) out.push(tree.refCode(r));
  return out;
}

/** A Table row by its path of subterm titles ("intestine, large, colon, sigmoid"). */
function row(path: string[]) {
  let parent = -1;
  let found: NeoplasmTable['rows'][number] | undefined;
  for (const title of path) {
    found = table.rows.find((r, i) => r.parent === parent && r.title === title && (parent >= -1 || i >= 0));
    if (!found) return undefined;
    parent = table.rows.indexOf(found);
  }
  return found;
}

const icd = (text: string, sex?: 'F' | 'M') =>
  suggest({ text: `Assessment:\n1. ${text}\n`, setting: 'office', patient: sex ? { sex } : {} }, cs)
    .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
    .map((s) => s.code);

describe.skipIf(!codeSetsBuilt)('Neoplasm Table by histology, site and behaviour (I.C.2)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
    table = neoplasmTable(cs)!;
  }, 60_000);

  // The Index's morphology terms name the column ("see (also) Neoplasm, <behaviour>, by site"):
  // compiled, each carries that column's code in the Table's unspecified-site row.
  it.each([
    [['Adenocarcinoma'], 'Malignant Primary'],
    [['Carcinoma'], 'Malignant Primary'],
    [['Adenoma', 'tubular'], 'Benign'],
    [['Adenoma', 'villous'], 'Uncertain Behavior'],
    [['Metastasis, metastatic', 'deposits'], 'Malignant Secondary'],
  ] as const)('Index %j -> column %s', (path, column) => {
    const cols = indexCodes(...(path as unknown as [string])).map((c) => rootColumn(table, c));
    expect(cols).toContain(column);
  });

  // Each row: the note's words for a morphology of the column, the note's words for the site, the
  // Table row; the expected code is that row's cell, read from the compiled Table.
  const morphology: Record<Exclude<Column, 'Unspecified Behavior'>, (site: string) => string> = {
    'Malignant Primary': (s) => `Adenocarcinoma of ${s}`,
    'Malignant Secondary': (s) => `Metastatic disease to ${s}`,
    'Ca in situ': (s) => `Carcinoma in situ of ${s}`,
    Benign: (s) => `Tubular adenoma of ${s}`,
    'Uncertain Behavior': (s) => `Villous adenoma of ${s}`,
  };
  const sites: [words: string, path: string[], sex?: 'F' | 'M'][] = [
    ['right upper lobe of lung', ['lung', 'upper lobe']],
    ['RUL', ['lung', 'upper lobe']],
    ['sigmoid colon', ['intestine, intestinal', 'large', 'colon', 'sigmoid']],
    // A subterm the Table also lists as a site of its own ("colon", see also "intestine, large").
    ['colon', ['intestine, intestinal', 'large', 'colon']],
    ['liver', ['liver']],
    ['stomach', ['stomach']],
    ['bladder', ['bladder']],
    ['left breast', ['breast'], 'F'],
  ];
  const rows = sites.flatMap(([words, path, sex]) => Object.entries(morphology).map(([col, say]) => [say(words), path, col as Column, sex] as const));
  it.each(rows)('"%s" -> Table %j, %s', (text, path, col, sex) => {
    const cell = row(path)?.cells.get(col);
    expect(row(path), path.join(', ')).toBeDefined();
    if (!cell) return; // the Table has no code in this column for this row ("-")
    const header = cell.replace(/-$/, '');
    const got = icd(text, sex).filter((c) => c.replace('.', '').startsWith(header.replace('.', '')));
    expect(got, `${text}: ${icd(text, sex).join(' ')}`).toHaveLength(1);
    expect(cs.icd(got[0]!)?.billable).toBe(true);
  });

  it.each([
    // Side completes the header cell (I.B.13): lung, upper lobe C34.1- -> right C34.11.
    ['Adenocarcinoma RUL, EGFR+, progression on osimertinib', undefined, ['C34.11']],
    // Sex, then side, complete breast (C50.9- -> female -> left).
    ['Invasive ductal carcinoma of left breast', 'F', ['C50.912']],
    // Primary with metastases in the same statement: primary first, the metastatic site secondary (I.C.2.d).
    ['Adenocarcinoma of sigmoid colon with synchronous liver metastases', undefined, ['C18.7', 'C78.7']],
    ['Bone mets (T8, L3, R ilium) - stable', undefined, ['C79.51']],
    // Index: Metastasis, metastatic, cancer, to specified site: the site after "to" is secondary.
    ['Metastatic breast cancer to bone', 'F', ['C50.919', 'C79.51']],
    // A Table row that names the morphology: skin, cheek (external), squamous cell carcinoma.
    ['Squamous cell carcinoma of skin of left cheek', undefined, ['C44.329']],
    // A morphology row's words name a kind, not a site: the organ said is the row ("upper" of the lung's upper lobe is no
    // "skin, limb, upper, squamous cell carcinoma"); a skin site said is read with the kind ("skin, forearm": C44.61-).
    ['Squamous cell carcinoma of lung, right upper lobe', undefined, ['C34.11']],
    ['Basal cell carcinoma of right forearm', undefined, ['C44.612']],
    // Index: Carcinoma, intraductal (noninfiltrating), breast D05.1-: a ductal carcinoma in situ (DCIS); the endometrium's adjective.
    ['DCIS of right breast', 'F', ['D05.11']],
    ['Endometrial cancer', 'F', ['C54.1']],
    // An organ's adjective is the organ's row ("Neoplasm, vulva", "anus", "prostate").
    ['Vulvar cancer', 'F', ['C51.9']],
    ['Anal cancer', undefined, ['C21.0']],
    ['Prostatic adenocarcinoma', 'M', ['C61']],
    // CA is calcium before a value, not cancer.
    ['Hypercalcemia, Ca 11.2', undefined, ['E83.52']],
    // A morphology the Index lists under its own word before "see also Neoplasm": "Carcinoma, hepatocellular" C22.0.
    ['Hepatocellular carcinoma', undefined, ['C22.0']],
    ['Basal cell carcinoma, nodular type, L nasal ala', undefined, ['C44.311']],
    // A shorthand whose expansion holds the column word: "NSCLC" is non-small cell lung cancer, read with its lobe.
    ['Metastatic NSCLC, LUL, with brain mets', undefined, ['C34.12', 'C79.31']],
    // Metastases after "w/" are their own clause; sites joined to them share it; "osseous" is bone.
    ['NSCLC RUL w/ osseous mets', undefined, ['C34.11', 'C79.51']],
    ['RUL adenocarcinoma, with brain and bone metastases', undefined, ['C34.11', 'C79.51', 'C79.31']],
    // A Table subterm names no site without its site's words ("jaw, carcinoma" C76.0; "tonsil" is C09.9).
    ['Squamous cell carcinoma of the left tonsil', undefined, ['C09.9']],
    // A site by one of its listed forms: "uterus, uteri, uterine", "cervix (cervical)"; the pancreas by its adjective.
    ['Uterine cancer', 'F', ['C55']],
    ['Cervical cancer', 'F', ['C53.9']],
    ['Pancreatic cancer', undefined, ['C25.9']],
    ['Pancreatic adenocarcinoma, head', undefined, ['C25.0']],
    // Metastases "from" a primary: the primary is the cancer named after it.
    ['Brain metastases from lung cancer', undefined, ['C34.90', 'C79.31']],
    // A primary told before "metastatic to" its secondary site.
    ['Breast cancer metastatic to bone', 'F', ['C50.919', 'C79.51']],
    // "Secondary to" states a cause, no metastasis; the cancer's site is its own clause's, not the condition's.
    ['Pleural effusion secondary to lung cancer', undefined, ['C34.90', 'J91.0']],
    ['Spinal cord compression due to metastatic prostate cancer', 'M', ['G95.20', 'C61']],
    // A morphology's "unspecified site" is silence; a site below its own row's narrows it (Glioblastoma C71.9: brain).
    ['Glioblastoma', undefined, ['C71.9']],
    ['Glioblastoma of right frontal lobe', undefined, ['C71.1']],
    ['Osteosarcoma of left femur', undefined, ['C40.22']],
    // The behaviour said is the column: a cancer is no "Tumor, testicular" (D40.1-); "low malignant potential" is uncertain.
    ['Testicular cancer, left', 'M', ['C62.92']],
    ['Borderline ovarian tumor of low malignant potential, right', 'F', ['D39.11']],
  ] as const)('"%s" -> %j', (text, sex, want) => {
    expect(icd(text, sex)).toEqual(want);
  });

  it('reads "secondary to" as a cause: "Anemia secondary to colon cancer" has no secondary colon neoplasm', () => {
    expect(icd('Anemia secondary to colon cancer')).toContain('C18.9');
    expect(icd('Anemia secondary to colon cancer')).not.toContain('C78.5');
  });
});
