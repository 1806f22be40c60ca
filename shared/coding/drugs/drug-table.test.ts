import { describe, expect, it } from 'vitest';
import type { IndexTree } from '../../codes/index-tree.ts';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { suggest } from '../suggest.ts';
import { findSubstances } from './drug-table.ts';
import type { Setting } from '../../contracts/suggestion.ts';

// Rows of the official Table of Drugs and Chemicals (FY2025), read from the compiled index, against
// what the engine codes for a statement naming the substance with each intent.
const columns = {
  'Poisoning Accidental (unintentional)': (x: string) => `${x} overdose, accidental`,
  'Poisoning Intentional self-harm': (x: string) => `${x} overdose, intentional self-harm`,
  'Poisoning Assault': (x: string) => `${x} poisoning, assault`,
  'Poisoning Undetermined': (x: string) => `${x} ingestion, intent cannot be determined`,
  'Adverse effect': (x: string) => `Hypotension due to ${x}, taken as prescribed`,
  Underdosing: (x: string) => `Underdosing of ${x} - stopped taking it on her own`,
};
type Heading = keyof typeof columns;

/** [the Table row's path, what a note calls the substance] */
const substances: [string[], string][] = [
  [['Acetaminophen'], 'acetaminophen'],
  [['Amiodarone'], 'amiodarone'],
  [['Lisinopril'], 'lisinopril'],
  [['Prednisone'], 'prednisone'],
  [['Metoprolol'], 'metoprolol'],
  [['Tamsulosin'], 'tamsulosin'],
  // A row naming the drug with its salt or ester is reached by the drug's name alone (USP: the active moiety).
  [['Fluticasone propionate'], 'fluticasone'],
  // Class rows, reached from a drug the Table does not list by name (drug-classes.ts).
  [['Antidepressant', 'selective serotonin reuptake inhibitor'], 'sertraline'],
  [['Immune', 'checkpoint inhibitors'], 'pembrolizumab'],
  [['Antagonist', 'beta-adrenoreceptor'], 'beta-blocker'],
];

/** The cells of a Table row by column heading, from the compiled index tree. */
function rowCells(tree: IndexTree, path: string[]): Map<string, string> {
  let at = -1;
  for (const part of path) {
    let found = -1;
    for (let n = at + 1; n < tree.nodes && found < 0; n++)
      if (tree.parent(n) === at && tree.title(n) === part && (at >= 0 || isTableRow(tree, n, path.length > 1))) found = n;
    at = found;
    if (at < 0) return new Map();
  }
  const cells = new Map<string, string>();
  const heads = new Map<number, string>();
  for (let n = at + 1; n < tree.nodes && n < at + 400; n++) if (tree.parent(n) === at && tree.title(n) in columns) heads.set(n, tree.title(n));
  for (let r = 0; r < tree.refs; r++) {
    const head = heads.get(tree.refNode(r));
    if (head) cells.set(head, tree.refCode(r));
  }
  return cells;
}

/** A Table main term (not the Index's term of the same name): it or its subterms carry column cells. */
function isTableRow(tree: IndexTree, n: number, viaSubterm: boolean): boolean {
  for (let k = n + 1; k < tree.nodes && k < n + 400; k++) {
    if (tree.title(k) in columns && (tree.parent(k) === n || viaSubterm)) return true;
    if (tree.parent(k) === -1) return false;
  }
  return false;
}

/** Table cell "T39.1X2" -> the billable code at an initial encounter, "T391X2A" (placeholder X, 7th A; I.A.5, I.C.19.a). */
const initial = (cell: string) => `${cell.replace('.', '').replace(/-$/, '').padEnd(6, 'X')}A`;

describe.skipIf(!codeSetsBuilt)('Table of Drugs by substance and intent, from the compiled official Table', () => {
  const codeSets = builtCodeSets();
  const coded = (statement: string, setting: Setting) =>
    suggest({ text: `Assessment:\n1. ${statement}\n`, setting, patient: { age: 40, sex: 'F' } }, codeSets())
      .suggestions.filter((s) => s.system === 'ICD-10-CM')
      .map((s) => s.code.replace('.', ''));

  const rows = substances.flatMap(([path, said]) => (Object.keys(columns) as Heading[]).map((head) => [path.join(', '), head, said, path] as const));
  it.each(rows)('%s, %s', (_row, head, said, path) => {
    const cell = rowCells(codeSets().indexTree()!, path).get(head);
    expect(cell, `the Table row ${path.join(', ')} has a ${head} cell`).toBeTruthy();
    expect(coded(columns[head](said), 'ed')).toContain(initial(cell!));
  });

  it.each(['Poisoning Accidental (unintentional)', 'Poisoning Intentional self-harm', 'Poisoning Assault', 'Poisoning Undetermined'] as const)(
    'Venom, venomous, bee, %s (a sting)',
    (head) => {
      const cell = rowCells(codeSets().indexTree()!, ['Venom, venomous', 'bee']).get(head);
      expect(cell).toBeTruthy();
      const intent = columns[head]('x').replace(/^x (?:overdose|poisoning|ingestion), /, '');
      expect(coded(`Bee sting, ${intent}`, 'urgent-care')).toContain(initial(cell!));
    },
  );
});

describe.skipIf(!codeSetsBuilt)('a drug class in parentheses describes the drug named before it', () => {
  const codeSets = builtCodeSets();
  const coded = (statement: string) =>
    suggest({ text: `Assessment:\n1. ${statement}\n`, setting: 'office', patient: { age: 60, sex: 'M' } }, codeSets())
      .suggestions.filter((s) => s.system === 'ICD-10-CM' && s.recommended)
      .map((s) => s.code.replace('.', ''));
  it('"Chronic cough - adverse effect of lisinopril (ACE-inhibitor cough)" is the lisinopril row, adverse effect', () => {
    const cell = rowCells(codeSets().indexTree()!, ['Lisinopril']).get('Adverse effect');
    expect(cell).toBeTruthy();
    expect(coded('Chronic cough - adverse effect of lisinopril (ACE-inhibitor cough), time course classic.')).toContain(initial(cell!));
  });
});

describe.skipIf(!codeSetsBuilt)('a class row named by a body system and "drug"', () => {
  const codeSets = builtCodeSets();
  const cells = (text: string) => findSubstances(codeSets(), undefined, text, 0, text.length).map((s) => s.cell.slice(0, 3));
  it.each([
    // The system's word alone names the organ, not a drug (Table of Drugs: Respiratory drug NEC T48.90-).
    ['Accidental fentanyl overdose w/ acute hypoxic + hypercapnic respiratory failure', ['T40']],
    ['Accidental respiratory drug overdose', ['T48']],
  ])('%s -> %j', (text, want) => expect(cells(text)).toEqual(want));
});
