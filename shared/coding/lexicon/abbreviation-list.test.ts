import { describe, expect, it } from 'vitest';
import { CodeSetFileError } from '../../codes/errors.ts';
import { chooseExpansions, readAbbreviationCsv } from './abbreviation-list.ts';
import { expandTokens } from './expand.ts';

const header = 'Abbreviation/Shorthand,Meaning,More Info\n';

describe('readAbbreviationCsv', () => {
  it('reads quoted fields with commas and doubled quotes, and skips blank rows', () => {
    const rows = readAbbreviationCsv(`${header}ENT,"ear, nose, throat",\nQTc,"corrected ""QT"" interval",x\n,,\n`, 'E.csv');
    expect(rows).toEqual([
      { abbr: 'ENT', meaning: 'ear, nose, throat' },
      { abbr: 'QTc', meaning: 'corrected "QT" interval' },
    ]);
  });

  it('refuses a file that is not the list, naming it', () => {
    expect(() => readAbbreviationCsv('code,title\nA00,Cholera\n', 'x.csv')).toThrow(CodeSetFileError);
    expect(() => readAbbreviationCsv('code,title\n', 'x.csv')).toThrow(/x\.csv.*not a medical-abbreviations list/);
  });
});

describe('chooseExpansions', () => {
  // Stems the code set's titles would hold.
  const codable = (s: string) =>
    [
      'infarction',
      'myocardial',
      'lobe',
      'upper',
      'right',
      'stent',
      'failure',
      'heart',
      'hypertension',
      'tetanus',
      'aids',
      'pressure',
      'blood',
      'breathing',
      'foreign',
      'body',
      'hydrocephalus',
      'vomiting',
      'nausea',
      'immune',
    ].includes(s);
  const rows = (pairs: [string, string][]) => pairs.map(([abbr, meaning]) => ({ abbr, meaning }));
  // [case, rows, meaning always expanded, meanings read in context, shorthand]
  const table: [string, [string, string][], string | undefined, string[] | undefined, string][] = [
    ['one codable meaning is used', [['NSTEMI', 'non-ST elevation myocardial infarction']], 'non-st elevation myocardial infarction', undefined, 'NSTEMI'],
    ['asides are opened', [['RUL', 'right upper lobe (lung)']], 'right upper lobe lung', undefined, 'RUL'],
    ['a slash form is shorthand', [['h/o', 'history of heart failure']], 'history of heart failure', undefined, 'h/o'],
    [
      'two codable meanings: read in context',
      [
        ['FBX', 'foreign body'],
        ['FBX', 'free breathing'],
      ],
      undefined,
      ['foreign body', 'free breathing'],
      'FBX',
    ],
    [
      'a meaning no code can name is never chosen, but makes the shorthand ambiguous: read in context',
      [
        ['MIX', 'myocardial infarction'],
        ['MIX', 'molecular intelligence'],
      ],
      undefined,
      ['myocardial infarction'],
      'MIX',
    ],
    ['a meaning with no codable word is never used', [['DOS', 'date of service']], undefined, undefined, 'DOS'],
    [
      'a word the code set itself uses: read in context only',
      [['AIDS', 'acquired immune deficiency syndrome']],
      undefined,
      ['acquired immune deficiency syndrome'],
      'AIDS',
    ],
    ['two letters: read in context only', [['BP', 'blood pressure']], undefined, ['blood pressure'], 'BP'],
    ['a lower-case word is left out', [['fxr', 'foreign body']], undefined, undefined, 'fxr'],
    ['a listing meaning (a score) is not used', [['HAS', 'hypertension, abnormal renal function, stroke']], undefined, undefined, 'HAS'],
    ['an either/or meaning is not used', [['N/V', 'nausea or vomiting']], undefined, undefined, 'N/V'],
  ];
  it.each(table)('%s', (_, pairs, expand, inContext, abbr) => {
    const chosen = chooseExpansions(rows(pairs), codable);
    expect(chosen.expand[abbr]).toBe(expand);
    expect(chosen.inContext[abbr]).toEqual(inContext);
  });

  it('an immunization product is not expanded into the diseases it prevents (I.C.21.c.2)', () => {
    const r = rows([
      ['Tdap', 'tetanus, diphtheria and pertussis'],
      ['DTx', 'tetanus'],
    ]);
    expect(chooseExpansions(r, codable, (a) => a === 'DTx')).toEqual({ expand: {}, inContext: {} });
  });
});

describe('expandTokens with the listed shorthand', () => {
  const listed = new Map([
    ['NSTEMI', 'non-st elevation myocardial infarction'],
    ['UGIB', 'upper gastrointestinal bleeding'],
  ]);
  it('expands listed shorthand, case for case, keeping the evidence span on the shorthand', () => {
    const text = 'Dx: NSTEMI; nstemi';
    const toks = expandTokens(text, 0, text.length, listed);
    const mi = toks.find((t) => t.stem === 'infarction')!;
    expect(text.slice(mi.start, mi.end)).toBe('NSTEMI');
    expect(toks.filter((t) => t.stem === 'infarction')).toHaveLength(1);
  });

  it('looks a joined run up part by part, and the hand-written entries win', () => {
    const text = 'HTN/UGIB';
    const stems = expandTokens(text, 0, text.length, listed).map((t) => t.stem);
    expect(stems).toContain('hypertension');
    expect(stems).toContain('gastrointestinal');
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).not.toContain('gastrointestinal');
  });
});
