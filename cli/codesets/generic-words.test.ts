import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../test/support/built-code-sets.ts';

// Against the code sets compiled from the official files (`npx chartside codes build`).

describe.skipIf(!codeSetsBuilt)('generic words alone give no code (issue #24)', () => {
  const codes = icdCodesOfOfficeNote();

  // Sites and modifiers are not conditions (the Index: "Lip - see condition", "Breast - see also
  // condition"); "Disease"/"Disorder" paths need their noun; a service word is not an encounter reason.
  it.each([
    'exam',
    'physical examination',
    'follow-up',
    'blood',
    'eye',
    'cystic',
    'serum',
    'postoperative',
    'consultation',
    'disease',
    'disorder',
    'breast',
    'tongue',
    'lip',
    'bone',
    'bladder',
    'lungs',
    'skin',
    'renal',
    'chest',
    'immune',
    'mood',
    'screening',
    'counseling',
    'procedure',
    'problem',
    'health',
    '48 h',
    'minor',
    'reading',
    'speech',
    // Index: Syndrome - see also Disease: the subterms name the syndrome; the word alone names none.
    'syndrome',
    // A side with a site names no condition either (I.B.13: a side is an axis of a code).
    'right ear',
    'L knee',
    // I.C.19.g.1: a complication of care is one the documentation calls so; "postoperative" only dates the statement.
    'Postoperative day 2',
    // A point-of-care test (CLIA waived) names no condition; the shared list's only POC is "post-operative complications".
    'POC INR (fingerstick): 2.4',
    'POC glucose q1h',
  ])('%s', (word) => {
    expect(codes(word)).toEqual([]);
    expect(codes(`Assessment:\n1. ${word}`)).toEqual([]);
  });

  // The same mechanisms still reach the conditions the words belong to.
  it.each([
    ['Anxiety', 'F41.9'],
    ['Insomnia due to anxiety', 'F51.05'],
    ['Fibrocystic disease of breast', 'N60.19'],
    ['Chronic kidney disease stage 3a', 'N18.31'],
    ['Annual physical examination', 'Z00.00'],
    ['Lung disease', 'J98.4'],
    // Index "Bleeding - see also Hemorrhage": Hemorrhage's own code (R58), never a coagulation defect.
    ['Bleeding', 'R58'],
    // The postoperative complication named: Index "Complication, transfusion" (cited as "see Complications, transfusion").
    ['Transfusion reaction', 'T80.92XA'],
    ['Postoperative wound infection', 'T81.40XA'],
  ])('%s -> %s', (text, code) => {
    expect(codes(`Assessment:\n1. ${text}`)[0]).toBe(code);
  });
});

describe.skipIf(!codeSetsBuilt)('Index navigation from the official files (issue #24)', () => {
  const codes = icdCodesOfOfficeNote();

  // A main term is found by any of its listed forms ("Ulcer, ulcerated, ...", "Hernia, hernial",
  // "Calculus, calculous"); a subterm whose branch sits in a nonessential modifier ("chronic, and
  // (acute)") is not taken on silence; "without" / "not" branches need the note to say them.
  it.each([
    ['Gastric ulcer', 'K25.9'],
    ['Ulcer of stomach', 'K25.9'],
    ['Hiatal hernia', 'K44.9'],
    ['Kidney stone', 'N20.0'],
    ['Chronic combined systolic and diastolic heart failure', 'I50.42'],
    ['Sprain R ankle', 'S93.401A'],
    ['Laceration of L forearm', 'S51.812A'],
    ['Permanent atrial fibrillation', 'I48.21'],
    ['Pressure ulcer of sacral region, stage 2', 'L89.152'],
    // "Episode, depressive" branches into "major" and "recurrent": a note saying "recurrent" is not read down "major".
    ['MDD, recurrent episode, moderate', 'F33.1'],
  ])('%s -> %s', (text, code) => {
    expect(codes(`Assessment:\n1. ${text}`)[0]).toBe(code);
  });

  // "Encounter (for)" and "Follow-up" name why a patient came: a service said done is no reason.
  it.each([
    ['Chest X-ray showed consolidation in the left lower lobe.', /^Z00/],
    ['Laboratory studies were unremarkable.', /^Z00/],
    ['At follow-up six months later, she remains free of disease.', /^Z09/],
    ['He underwent chemotherapy for neoplasm of the colon.', /^Z51/],
  ])('%s gives no encounter code', (text, encounter) => {
    expect(codes(text).filter((c) => encounter.test(c))).toEqual([]);
  });

  it.each([['Consultation'], ['Procedure'], ['Immunization']])('%s alone takes no "not carried out" / "without complaint" branch', (text) => {
    expect(codes(`Assessment:\n1. ${text}`).filter((c) => /^Z(?:28|53|71)/.test(c))).toEqual([]);
  });
});
