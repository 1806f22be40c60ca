import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeSetsBuilt } from '../../test/support/built-code-sets.ts';
import { buildAbbreviations } from './abbreviations.ts';
import { loadCodeSets } from './load.ts';
import { findLexiconDir, findSourceDir } from './paths.ts';

const source = findSourceDir();
const lexicon = source && findLexiconDir(source);
const present = codeSetsBuilt && !!lexicon && existsSync(`${lexicon}/medical-abbreviations`);

describe.skipIf(!present)('shorthand chosen from the real medical-abbreviations list', () => {
  it('keeps unambiguous shorthand and leaves out what the list or the code set makes unsafe', async () => {
    const cs = await loadCodeSets();
    const built = buildAbbreviations(
      lexicon!,
      cs.icdEntries().map((e) => e[2]),
    )!;
    expect(built.map.expand.LTBI).toBe('latent tuberculosis infection');
    expect(built.map.expand.UGIB).toBe('upper gastrointestinal bleeding');
    // A hand-written entry reads RUL already (lexicon/abbreviations.ts, with its source): not taken twice.
    expect(built.map.expand.RUL).toBeUndefined();
    // Two meanings that codes can name (hemodialysis, Huntington's disease ...): read in context only.
    expect(built.map.expand.HD).toBeUndefined();
    expect(built.map.inContext.HD).toContain('hemodialysis');
    // A word of the titles proper ("Pneumonia" ...) is never replaced; one only in brackets is expanded.
    expect(built.map.expand.NSTEMI).toBe('non-st elevation myocardial infarction');
    // Two letters: a physician's credential as often as muscular dystrophy, so never expanded blindly.
    expect(built.map.expand.MD).toBeUndefined();
    // An immunization names the diseases it prevents, which the patient does not have.
    expect(built.map.expand.Tdap).toBeUndefined();
    // What the build writes is what the loaded code sets expand.
    expect(cs.abbreviations().expand.get('LTBI')).toBe('latent tuberculosis infection');
  }, 60_000);
});
