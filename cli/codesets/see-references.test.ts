import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledIndex } from '../../shared/codes/model.ts';
import { readIndexXml } from '../../shared/codes/readers/alpha-index.ts';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../test/support/built-code-sets.ts';
import { findSourceDir } from './paths.ts';

// Against the official FY2017 Alphabetic Index (../shared/codesets or CHARTSIDE_CODESETS).
const source = findSourceDir();
const file = source && join(source, 'icd10cm', 'icd10cm_index_2017.xml');
const present = !!file && existsSync(file);
let ix: CompiledIndex;

/** The codes the index gives a path ("Cardiomegaly, hypertensive"), [] when there is no such term. */
function codesAt(path: string): string[] {
  const parts = path.split(', ');
  let at = -1;
  for (const part of parts) {
    at = ix.titles.findIndex((t, id) => ix.parents[id] === at && t === part);
    if (at < 0) return [];
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < ix.refs.length; i += 2) if (ix.refs[i] === at) out.push(ix.refs[i + 1] as string);
  return out;
}

function subterms(path: string): string[] {
  const at = ix.titles.findIndex((t, id) => ix.parents[id] === -1 && t === path);
  return ix.titles.filter((_, id) => ix.parents[id] === at);
}

describe.skipIf(!present)('Index cross-references carry their target subterms (issue #24 item 1)', () => {
  beforeAll(() => {
    ix = readIndexXml(readFileSync(file!, 'utf8'), 'icd10cm_index_2017.xml');
  }, 60_000);

  // Each row: a path through a referring term, the code its target's subterm gives in the Index.
  it.each([
    // "Abdominalgia - see Pain, abdominal": "Pain, abdominal, lower" R10.30
    ['Abdominalgia, lower', 'R10.30'],
    // "Gastralgia - see also Pain, abdominal" (no subterms of its own)
    ['Gastralgia, upper', 'R10.10'],
    // "Cardiomegaly - see also Hypertrophy, cardiac": "Hypertrophy, cardiac, hypertensive" I11.9
    ['Cardiomegaly, hypertensive', 'I11.9'],
    // The target's own code stays on the referring term
    ['Abdominalgia', 'R10.9'],
    // A reference citing its target's nonessential modifier: "Goiter, exophthalmic - see Hyperthyroidism, with,
    // goiter (diffuse)" is the term titled "goiter" with the modifier "(diffuse)"
    ['Goiter, exophthalmic', 'E05.00'],
    // A subterm's "see also" a whole main term, with no code of its own: the bare term reads as the target.
    ['Loss, memory', 'R41.3'],
    ['Lack of, memory', 'R41.3'],
    // A coded term's "see also" a large target lends it the target's small kinds: "Eczema L30.9 - see also Dermatitis"
    // reads "atopic" on as "Dermatitis, atopic" L20.9.
    ['Eczema, atopic', 'L20.9'],
    // A main term that holds its plural apart ("Complication(s)") is cited in the plural: "Blood, transfusion, reaction
    // or complication - see Complications, transfusion" T80.92; "Postvaccinal ... - see Complications, vaccination" T88.1.
    ['Blood, transfusion, reaction or complication', 'T80.92'],
    ['Postvaccinal reaction or complication', 'T88.1'],
    // A subterm cited with its nonessential modifier: "Dislocation, clavicle - see Dislocation, acromioclavicular joint"
    // is the subterm "acromioclavicular (joint)".
    ['Dislocation, clavicle', 'S43.10-'],
    // A residual row cited bare: "Avulsion, blood vessel - see Injury, blood vessel" is "blood vessel NEC" T14.8.
    ['Avulsion, blood vessel', 'T14.8'],
    // The only subterm beginning with the cited words: "Contusion, brain, focal - see Injury, intracranial, focal" is
    // "focal brain injury" S06.30-; "Lymphangitis, tuberculous - see Tuberculosis, lymph gland" is "lymph gland or node".
    ['Contusion, brain, focal', 'S06.30-'],
    ['Lymphangitis, tuberculous', 'A18.2'],
    // A "see" ending "by site" carries the sites of the term before it: "Loosening, aseptic, joint prosthesis - see
    // Complications, joint prosthesis, mechanical, loosening, by site", whose "hip" is T84.03-.
    ['Loosening, aseptic, joint prosthesis, hip', 'T84.03-'],
  ])('%s -> %s', (path, code) => {
    expect(codesAt(path)).toContain(code);
  });

  it('a "see also" whose case the term\'s own subterms set apart gives the term no code ("Elevated, blood pressure")', () => {
    // "Elevated, blood pressure - see also Hypertension; reading ..., no diagnosis of hypertension R03.0": not I10.
    expect(subterms('Elevated, elevation')).toContain('blood pressure');
    expect(codesAt('Elevated, elevation, blood pressure')).toEqual([]);
    // A main term's "see also" a whole main term is a further place to look ("Abnormal - see also Anomaly").
    expect(subterms('Abnormal, abnormality, abnormalities').length).toBeGreaterThan(0);
    expect(codesAt('Abnormal, abnormality, abnormalities')).toEqual([]);
  });

  it('a "see also" subterm the first term already lists is not copied again', () => {
    // Cardiomegaly lists "congenital" itself; Hypertrophy, cardiac has "congenital NEC".
    const kids = subterms('Cardiomegaly');
    expect(kids.filter((k) => k.startsWith('congenital'))).toEqual(['congenital']);
  });

  it('a "by site" reference reads the referring word at each site ("Incarceration, hernia - see also Hernia, by site, with obstruction")', () => {
    const at = (titles: string[]) => {
      let id = -1;
      for (const t of titles) id = ix.titles.findIndex((x, i) => ix.parents[i] === id && x === t);
      const out: string[] = [];
      for (let i = 0; i + 1 < ix.refs.length; i += 2) if (id >= 0 && ix.refs[i] === id) out.push(ix.refs[i + 1] as string);
      return out;
    };
    expect(at(['Incarceration, incarcerated', 'hernia', 'umbilicus, umbilical'])).toEqual(['K42.0']);
    expect(at(['Hernia, hernial', 'incarcerated', 'with gangrene', 'umbilicus, umbilical'])).toEqual(['K42.1']);
    // The subterms below the site's "with obstruction" come along: recurrent K40.31.
    expect(at(['Strangulation, strangulated', 'hernia', 'inguinal', 'recurrent'])).toEqual(['K40.31']);
  });

  it('a target with very many subterms is not copied ("Illness - see Disease")', () => {
    expect(subterms('Illness')).toContain('manic-depressive');
    expect(subterms('Illness')).not.toContain('heart');
    expect(subterms('Disease, diseased')).toContain('heart');
  });
});

describe.skipIf(!codeSetsBuilt)('a statement is walked on in the see target (issue #24 item 1)', () => {
  const codes = icdCodesOfOfficeNote();

  it.each([
    ['Assessment:\n1. Abdominalgia, lower', 'R10.30'],
    ['Assessment:\n1. Gastralgia, upper', 'R10.10'],
    ['Assessment:\n1. Cardiomegaly, hypertensive', 'I11.9'],
    // "Ulcer, heel - see Ulcer, lower limb": the target's own subterm "heel" (L97.40-), not "lower limb" L97.909.
    ['Assessment:\n1. Ulcer of heel', 'L97.409'],
    ['Assessment:\n1. Incarcerated umbilical hernia', 'K42.0'],
    ['Assessment:\n1. Strangulated right inguinal hernia, recurrent', 'K40.31'],
  ])('%s -> %s', (text, code) => {
    expect(codes(text)).toContain(code);
  });
});
