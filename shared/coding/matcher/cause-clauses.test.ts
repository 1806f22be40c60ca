import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { tokenize } from '../text/tokens.ts';
import { apart, causeClauses, causeSides, dueToUnstated, headInOneClause, namesRelation, statesCause, wordClauses } from './cause-clauses.ts';

/** Whether a phrase (its title, its required words) may be read from a statement, with its clauses. */
const reads = (statement: string, title: string, req: string[]) => {
  const clauses = causeClauses(statement, 0, statement.length);
  return headInOneClause(title, req, wordClauses(tokenize(statement), clauses), causeSides(statement, clauses));
};

describe('causeClauses: where a stated cause splits a statement', () => {
  it.each([
    ['CKD secondary to hypertension', ['CKD secondary to'], [1]],
    ['GI bleed 2/2 gastric ulcer', ['GI bleed 2/2'], [1]],
    ['NSAID-induced ulcer', ['NSAID-induced'], [0]],
    ['ulcer induced by NSAID', ['ulcer induced by'], [1]],
    ['Anemia d/t blood loss', ['Anemia d/t'], [1]],
    ['Severe sepsis, source R acute pyelonephritis', ['Severe sepsis, source'], [1]],
    ['Sepsis, source: UTI', ['Sepsis, source:'], [1]],
    ['bleeding from rectum', [], []],
    ['ventilator-associated pneumonia', [], []],
  ])('%s -> %j (cause side %j)', (t, before, sides) => {
    const at = causeClauses(t, 0, t.length);
    expect(at.map((b) => t.slice(0, b))).toEqual(before);
    expect(causeSides(t, at)).toEqual(sides);
  });

  // "from" names a cause only between two conditions (here a stand-in list of condition words).
  const conditions = new Set(['bleed', 'hemorrhage', 'ulcer', 'pain', 'disease', 'falling']);
  it.each([
    ['GI bleed from bleeding gastric ulcer', ['GI bleed from']],
    ['bleeding from rectum', []],
    ['Fall from ladder', []],
  ])('"from" in %s -> %j', (t, before) => {
    expect(causeClauses(t, 0, t.length, conditions).map((b) => t.slice(0, b))).toEqual(before);
  });
});

describe('headInOneClause: a phrase names its own condition within one clause, its cause the same way round (I.B.1, I.A.15)', () => {
  it.each([
    // The phrase's condition straddles the stated cause: "GI" is the bleed's, not the ulcer's.
    ['gastrointestinal bleed 2/2 gastric ulcer', 'Ulcer, gastrointestinal, with, hemorrhage', ['ulcer', 'gastrointestinal', 'hemorrhage'], false],
    ['gastrointestinal bleed 2/2 gastric ulcer', 'Ulcer, stomach, with, hemorrhage', ['ulcer', 'stomach', 'hemorrhage'], true],
    // "secondary" is said of the CKD; the hypertension is the cause.
    [
      'chronic kidney disease secondary to hypertension',
      'Hypertension, secondary NEC, due to, renal disorders NEC',
      ['hypertension', 'secondary', 'kidney'],
      false,
    ],
    ['chronic kidney disease secondary to hypertension', 'Hypertension secondary to other renal disorders', ['hypertension', 'secondary', 'kidney'], false],
    // A word said twice is read where it is first said: the kidney is the effect.
    [
      'renal impairment explained by hypertensive nephrosclerosis, not of renal significance',
      'Hypertension, due to, renal disorders NEC',
      ['hypertension', 'kidney'],
      false,
    ],
    ['Hypertension secondary to renal artery stenosis', 'Hypertension secondary to other renal disorders', ['hypertension', 'secondary', 'kidney'], true],
    ['Insomnia due to anxiety', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], true],
    ['Anxiety due to insomnia', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], false],
    // A cause before "-induced".
    ['NSAID-induced gastric ulcer', 'Ulcer, stomach', ['ulcer', 'stomach'], true],
    // No stated cause: nothing to check.
    ['Anxiety with insomnia', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], true],
  ])('"%s" reads "%s": %s', (t, title, req, want) => expect(reads(t, title, req)).toBe(want));
});

describe('namesRelation: a phrase joins the conditions a stated cause links (I.A.15)', () => {
  const names = (t: string, title: string, req: string[]) => namesRelation(title, req, wordClauses(tokenize(t), causeClauses(t, 0, t.length)));
  it.each([
    ['anemia secondary to chronic kidney disease stage 3a', 'Anemia in chronic kidney disease', ['anemia', 'chronic', 'kidney'], true],
    ['gastrointestinal bleed 2/2 gastric ulcer', 'Ulcer, stomach, with, hemorrhage', ['ulcer', 'stomach', 'hemorrhage'], true],
    // Both conditions in one clause: no stated relation to take.
    ['anemia and chronic kidney disease, due to diet', 'Anemia in chronic kidney disease', ['anemia', 'chronic', 'kidney'], false],
    ['chronic kidney disease stage 3a', 'Chronic kidney disease, stage 3a', ['chronic', 'kidney', 'stage', '3a'], false],
  ])('"%s" / "%s": %s', (t, title, req, want) => expect(names(t, title, req)).toBe(want));
});

describe('apart: two phrases named across a stated cause', () => {
  const split = (t: string, a: string[], b: string[]) => apart(a, b, wordClauses(tokenize(t), causeClauses(t, 0, t.length)));
  it.each([
    ['neurogenic bladder due to multiple sclerosis, with urge incontinence', ['neurogenic', 'bladder'], ['urge', 'incontinence'], true],
    ['neurogenic bladder with urge incontinence', ['neurogenic', 'bladder'], ['urge', 'incontinence'], false],
    ['neurogenic bladder and urge incontinence due to multiple sclerosis', ['neurogenic', 'bladder'], ['urge', 'incontinence'], false],
  ])('"%s": %j / %j apart %s', (t, a, b, want) => expect(split(t, a, b)).toBe(want));
});

describe('dueToUnstated: an Index "due to" subterm needs a stated link, an organism does not (I.A.15)', () => {
  const organisms = new Set(['syncytial', 'virus']);
  const unstated = (t: string, code: string, path: string, req: string[]) =>
    !statesCause(t, 0, t.length) && dueToUnstated(code, path, req, new Set(tokenize(t).map((x) => x.stem)), organisms);
  it.each([
    ['Anxiety with insomnia', 'F51.05', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], true],
    ['Insomnia due to anxiety', 'F51.05', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], false],
    ['Insomnia related to anxiety', 'F51.05', 'Insomnia, due to, anxiety disorder', ['insomnia', 'anxiety'], false],
    [
      'respiratory syncytial virus bronchiolitis',
      'J21.0',
      'Bronchiolitis, acute, due to, respiratory syncytial virus',
      ['bronchiolitis', 'syncytial', 'virus'],
      false,
    ],
    // "in (due to)" is the Index's "in", which I.A.15 presumes.
    ['anemia, chronic kidney disease', 'D63.1', 'Anemia, in (due to) (with), chronic kidney disease', ['anemia', 'chronic', 'kidney'], false],
  ])('"%s" / "%s": not read %s', (t, code, path, req, want) => expect(unstated(t, code, path, req)).toBe(want));
});

describe.skipIf(!codeSetsBuilt)('stated causes over the compiled code sets', () => {
  const codes = icdCodesOfOfficeNote();
  const of = (t: string) => codes(`Assessment:\n1. ${t}\n`);
  it.each([
    // I.C.9.a.2 presumes the link; "secondary to" does not make the hypertension secondary.
    ['CKD secondary to hypertension', ['I12.9'], ['I15.1', 'I15.9']],
    ['GI bleed 2/2 gastric ulcer', ['K25.4'], ['K28.4']],
    // "chronic" is the COPD's word (chronic obstructive pulmonary disease), not the failure's.
    ['Acute hypoxic respiratory failure 2/2 COPD exacerbation', ['J96.01', 'J44.1'], ['J96.21']],
    ['Insomnia due to anxiety', ['F51.05'], []],
    // The stated relation is the combination's, beside the clause's own code ("code first" N18.-).
    ['Anemia secondary to CKD stage 3a', ['D63.1', 'N18.31'], ['D64.9']],
    ['Anxiety due to insomnia', ['F41.9', 'G47.00'], ['F51.05']],
    ['Anxiety with insomnia', ['F41.9', 'G47.00'], ['F51.05']],
    ['RSV bronchiolitis', ['J21.0'], []],
    // The effect clause's condition is coded beside the cause clause's, though its code is the unspecified one.
    ['Neurogenic bladder due to MS, with urge incontinence', ['N31.9', 'N39.41'], []],
  ])('%s -> has %j, not %j', (t, has, not) => {
    const got = of(t);
    for (const c of has) expect(got).toContain(c);
    for (const c of not) expect(got).not.toContain(c);
  });
});
