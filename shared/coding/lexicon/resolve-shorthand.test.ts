import { describe, expect, it } from 'vitest';
import type { Token } from '../text/tokens.ts';
import { shorthandInContext } from './resolve-shorthand.ts';

describe('shorthandInContext: a shorthand of several meanings, decided by its statement', () => {
  const shorthand = {
    expand: new Map([
      ['HTN', 'hypertension'],
      ['AKI', 'acute kidney injury'],
    ]),
    inContext: new Map([
      ['PSA', ['polysubstance abuse', 'prostate specific antigen']],
      ['RA', ['rheumatoid arthritis', 'right atrium', 'room air']],
      ['TB', ['temporal bone', 'tuberculosis']],
      ['RF', ['rheumatoid factor', 'risk factor']],
      ['ATN', ['acute tubular necrosis', 'atubular necrosis']],
      ['PE', ['physical examination', 'pulmonary embolism']],
      ['CAP', ['community acquired pneumonia', 'prostate cancer']],
      ['ICA', ['internal carotid artery', 'invasive coronary angiography']],
      ['DT', ['delirium tremens', 'diphtheria tetanus']],
      ['TM', ['tympanic membrane', 'tape measure']],
    ]),
  };
  // Stand-in for the title matcher: the words of the best "code" its few titles reach.
  const titles: [string[], number, string?, string[]?][] = [
    [['elevated', 'prostate', 'specific', 'antigen'], 20],
    [['rheumatoid', 'arthritis', 'seropositive'], 18],
    [['rheumatoid', 'arthritis'], 12],
    [['room', 'air'], 8],
    [['polysubstance', 'abuse'], 10],
    [['latent', 'tuberculosis', 'infection'], 24],
    [['infection', 'bone'], 11],
    [['tuberculosis', 'bone'], 15],
    [['rheumatoid', 'arthritis', 'factor', 'multiple'], 25],
    [['acute', 'kidney', 'tubular', 'necrosis'], 30],
    [['necrosis'], 5],
    [['pulmonary', 'embolism'], 14],
    [['prostate', 'cancer', 'primary'], 16],
    [['prostate', 'cancer'], 12],
    [['community', 'acquired', 'pneumonia'], 15],
    [['occlusion', 'stenosis', 'carotid', 'artery'], 22],
    [['pulmonary', 'hypertension'], 17],
    [['pulmonary', 'embolism', '!cor', '!pulmonale'], 19],
    // Two Index paths to one code: "Withdrawal, alcohol, with delirium" and "Delirium, tremens".
    [['alcohol', 'withdrawal', 'delirium'], 21, 'F10.231'],
    [['delirium', 'tremen'], 13, 'F10.231'],
    [['alcohol', 'withdrawal'], 12, 'F10.239'],
    // "Perforation, tympanum, tympanic (membrane)": "membrane" a nonessential modifier of the path.
    [['perforation', 'tympanum'], 17, 'H72.9', ['membrane']],
    [['embolism', 'pulmonary'], 14.5, 'I26.99', ['saddle']],
  ];
  const best = (tokens: Token[]) => {
    // A denied word is read as a title's "without" word ("!cor").
    const said = new Set(tokens.map((t) => (t.neg ? `!${t.stem}` : t.stem)));
    const [req, score, code, opt] = titles.filter(([t]) => t.every((w) => said.has(w))).sort((a, b) => b[1] - a[1])[0] ?? [];
    return req && { req, score: score!, code: code ?? req.join(' '), opt: opt?.filter((w) => said.has(w)) };
  };
  const read = (stmt: string) => shorthandInContext(stmt, 0, stmt.length, shorthand, best);

  it.each([
    ['Elevated PSA, rising', 'PSA', 'prostate specific antigen'],
    ['RA, seropositive', 'RA', 'rheumatoid arthritis'],
    // Alone, every meaning reaches a code of its own words only: the statement decides nothing.
    ['PSA', 'PSA', undefined],
    ['RA', 'RA', undefined],
    // Both meanings join the statement; one far better (twice the score) decides.
    ['Latent TB infection', 'TB', 'tuberculosis'],
    // Both join about as well, but only one meaning is read whole by its code: "temporal bone" lends
    // only "bone", "risk factor" only "factor".
    ['TB of bone infection', 'TB', 'tuberculosis'],
    ['Rheumatoid arthritis, RF positive, multiple sites', 'RF', 'rheumatoid factor'],
    // A meaning its code reads whole may join another shorthand's words (AKI's "kidney").
    ['AKI, likely ATN', 'ATN', 'acute tubular necrosis'],
    // A past condition named by the shorthand alone: the one meaning a code reads whole. Without a
    // history cue a lone shorthand (a signature's "MD", a panel's "CMP") stays as written.
    ['H/o PE - resolved', 'PE', 'pulmonary embolism'],
    ['PE', 'PE', undefined],
    // "Primary" (a primary team, a PCP) joins nothing: it is no primary neoplasm.
    ['CAP - per primary team', 'CAP', undefined],
    // A word the lexicon kept inside its own expansion ("stenosis" of "stenosis occlusion") is the statement's own.
    ['ICA stenosis', 'ICA', 'internal carotid artery'],
    // A meaning of several words lends a code more than one of them: "pulmonary" alone is no pulmonary hypertension.
    ['HTN, PE unremarkable', 'PE', undefined],
    // A detail denied of it joins as a title's "without" reads it.
    ['PE without cor pulmonale', 'PE', 'pulmonary embolism'],
    // The meaning is the name of the condition the statement's code reports (coded alone, the same code, read whole),
    // though that code's path takes one of its words.
    ['Alcohol withdrawal with DT', 'DT', 'delirium tremens'],
    ['DT', 'DT', undefined],
    // A meaning lends its code a nonessential modifier of the Index path as one of its words.
    ['TM perforation', 'TM', 'tympanic membrane'],
    // The statement's word joins it as a nonessential modifier the code's path reads.
    ['Saddle PE', 'PE', 'pulmonary embolism'],
  ])('%s: %s -> %s', (stmt, abbr, want) => {
    expect(read(stmt)?.get(abbr)).toBe(want);
  });

  it('keeps the always-expanded shorthand, and returns it unchanged when nothing needs context', () => {
    expect(read('Elevated PSA with HTN')?.get('HTN')).toBe('hypertension');
    expect(read('HTN')).toBe(shorthand.expand);
  });
});
