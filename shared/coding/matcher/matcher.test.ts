import { describe, expect, it } from 'vitest';
import { kitCodeSets, type Kit } from '../../../test/support/coding-kit.ts';
import { codeStatement } from './statement.ts';
import { PhraseList, Vocab } from './phrase-list.ts';

// Filler titles give the words realistic rarity (a real year has ~75k titles).
const filler: [string, boolean, string][] = Array.from({ length: 400 }, (_, i) => [
  `Q9${Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`,
  true,
  `Filler anomaly ${i}`,
]);

const kit: Kit = {
  titles: [
    ...filler,
    ['F51.01', true, 'Primary insomnia'],
    ['F51.05', true, 'Insomnia due to other mental disorder'],
    ['G47.00', true, 'Insomnia, unspecified'],
    ['F41.9', true, 'Anxiety disorder, unspecified'],
    ['N87.0', true, 'Mild cervical dysplasia'],
    ['N87.1', true, 'Moderate cervical dysplasia'],
    ['N87.9', true, 'Dysplasia of cervix uteri, unspecified'],
    ['R31.21', true, 'Asymptomatic microscopic hematuria'],
    ['R31.29', true, 'Other microscopic hematuria'],
    ['T84.53', false, 'Infection and inflammatory reaction due to internal right knee prosthesis'],
    ['T84.53XA', true, 'Infection and inflammatory reaction due to internal right knee prosthesis, initial encounter'],
    ['T84.53XD', true, 'Infection and inflammatory reaction due to internal right knee prosthesis, subsequent encounter'],
    ['L98.3', true, 'Eosinophilic cellulitis [Wells]'],
    ['M70.4', false, 'Prepatellar bursitis'],
    ['M70.41', true, 'Prepatellar bursitis, right knee'],
    ['M70.42', true, 'Prepatellar bursitis, left knee'],
    ['M70.49', true, 'Prepatellar bursitis, unspecified knee'],
    ['R05.9', true, 'Cough, unspecified'],
    ['R50.9', true, 'Fever, unspecified'],
    ['S93.40', false, 'Sprain of unspecified ligament of ankle'],
    ['S93.401', false, 'Sprain of unspecified ligament of right ankle'],
    ['S93.401A', true, 'Sprain of unspecified ligament of right ankle, initial encounter'],
    ['S93.402', false, 'Sprain of unspecified ligament of left ankle'],
    ['S93.402A', true, 'Sprain of unspecified ligament of left ankle, initial encounter'],
    ['S93.409', false, 'Sprain of unspecified ligament of unspecified ankle'],
    ['S93.409A', true, 'Sprain of unspecified ligament of unspecified ankle, initial encounter'],
    ['L98.8', true, 'Other specified disorders of the skin and subcutaneous tissue'],
    ['A35', true, 'Other tetanus'],
    ['I25.10', true, 'Atherosclerotic heart disease of native coronary artery without angina pectoris'],
    ['I25.110', true, 'Atherosclerotic heart disease of native coronary artery with unstable angina pectoris'],
    // A code the FY2017 Index names that the current year subdivides (I48.2 since FY2020).
    ['I48.2', false, 'Chronic atrial fibrillation'],
    ['I48.20', true, 'Chronic atrial fibrillation, unspecified'],
    ['I48.21', true, 'Permanent atrial fibrillation'],
    ['O26.9', false, 'Pregnancy related conditions, unspecified'],
    ['O26.90', true, 'Pregnancy related conditions, unspecified, unspecified trimester'],
    ['O26.91', true, 'Pregnancy related conditions, unspecified, first trimester'],
    ['O26.93', true, 'Pregnancy related conditions, unspecified, third trimester'],
    // The official Index's "Sciatica (infective)" carries no code of its own: the titles are the route.
    ['M54.30', true, 'Sciatica, unspecified side'],
    ['M54.31', true, 'Sciatica, right side'],
    ['M54.32', true, 'Sciatica, left side'],
  ],
  notes: {
    S93: {
      sevenChr: [
        ['A', 'initial encounter'],
        ['D', 'subsequent encounter'],
      ],
    },
    'F51.01': { inclusionTerms: ['Idiopathic insomnia'] },
    'N87.9': { inclusionTerms: ['Cervical dysplasia NOS'] },
    T84: {
      sevenChr: [
        ['A', 'initial encounter'],
        ['D', 'subsequent encounter'],
        ['S', 'sequela'],
      ],
    },
  },
  index: [
    // As in the official Index: the main term carries its own code (a condition word, condition-keys.ts).
    { path: ['Insomnia'], code: 'G47.00', nemod: '(organic)' },
    { path: ['Insomnia', 'due to', 'anxiety disorder'], code: 'F51.05', nemod: '(organic)' },
    // "Anxiety" is a main term of its own, so "anxiety disorder" above names a condition by its word.
    { path: ['Anxiety'], code: 'F41.9' },
    { path: ['Hematuria', 'microscopic NEC', 'asymptomatic'], code: 'R31.21' },
    { path: ['Infection, infected, infective', 'knee NEC', 'due to internal joint prosthesis', 'right'], code: 'T84.53-' },
    { path: ["Wells' disease"], code: 'L98.3' },
    { path: ["Housemaid's knee"], code: 'M70.4-' },
    { path: ['Sinus', 'tract'], code: 'L98.8' },
    { path: ['Sprain', 'ankle'], code: 'S93.40-' },
    { path: ['Fibrillation', 'atrial', 'chronic'], code: 'I48.2' },
    { path: ['Pregnancy', 'complicated'], code: 'O26.9-' },
  ],
};

const code = (text: string, tree = false) => codeStatement(kitCodeSets(kit, { tree }), '2026-01-15', text, 0, text.length).map((h) => h.code);

describe('codeStatement over titles and Alphabetic Index paths', () => {
  it.each([
    ['Insomnia due to anxiety', 'F5105'],
    ['Asymptomatic microscopic hematuria', 'R3121'],
    ['Chronic prosthetic joint infection of R knee', 'T8453XA'],
    ['Prosthetic joint infection R knee, subsequent encounter', 'T8453XD'],
    ['CAD without angina', 'I2510'],
    // A header completed by the side the note's shorthand gives (I.B.13): a lone R / L.
    ['Sprain R ankle', 'S93401A'],
    ['L ankle sprain', 'S93402A'],
    ['Ankle sprain', 'S93409A'],
    // An Index code that is now a header: the subdivision documented, else the unspecified one.
    ['Chronic atrial fibrillation', 'I4820'],
    ['Pregnancy, complicated, third trimester', 'O2693'],
    ['Pregnancy, complicated', 'O2690'],
    // A title's laterality noun ("right side") is met by the side alone (I.B.13).
    ['Sciatica R', 'M5431'],
    ['Left sided sciatica', 'M5432'],
    ['Sciatica', 'M5430'],
  ])('%s -> %s', (text, want) => {
    expect(code(text)[0]).toBe(want);
    // The lazy tree source and the resolved path list agree.
    expect(code(text, true)[0]).toBe(want);
  });

  it('explains an index route and the 7th character it added', () => {
    const cs = kitCodeSets(kit);
    const [h] = codeStatement(cs, '2026-01-15', 'prosthetic joint infection R knee', 0, 33);
    expect(h!.via).toBe('index');
    expect(h!.why).toMatch(/Alphabetic Index/);
    expect(h!.why).toMatch(/7th character A/);
  });

  it('reads tabular inclusion terms of the categories the statement reaches', () => {
    expect(code('Insomnia')[0]).toBe('G4700');
    expect(code('Idiopathic insomnia')[0]).toBe('F5101');
    const cs = kitCodeSets(kit);
    expect(codeStatement(cs, '2026-01-15', 'Idiopathic insomnia', 0, 19)[0]!.why).toMatch(/inclusion term "Idiopathic insomnia"/);
  });

  it('reads the inclusion terms of a category whose titles name the statement only with more words', () => {
    // No title is met ("Mild cervical dysplasia" adds a severity, N87.9 says "cervix uteri"): the inclusion term is.
    expect(code('Cervical dysplasia')).toEqual(['N879']);
    expect(code('Moderate cervical dysplasia')).toEqual(['N871']);
  });

  it('a residual code named by two words of a further clause is part of the description', () => {
    expect(code('Prosthetic joint infection R knee with sinus tract')).toEqual(['T8453XA']);
    expect(code('Sinus tract')).toEqual(['L988']);
    // One word matching an "other" title documents no detail (I.A.9.a); the Index's own route above stands.
    expect(code('Tetanus')).toEqual([]);
  });

  it('a symptom list codes each symptom a short title names', () => {
    expect(code('Cough and fever')).toEqual(['R059', 'R509']);
  });

  it('completes an index header by the side the statement names, then the 7th character', () => {
    expect(code('Sprain of left ankle, initial encounter')).toEqual(['S93402A']);
    expect(code('Ankle sprain')).toEqual(['S93409A']);
  });

  it('leaves out an eponym read as an ordinary word ("well")', () => {
    expect(code('Well hydrated')).toEqual([]);
  });

  it('keeps an eponym main term that names a part ("Housemaid\'s knee"), completed by side', () => {
    expect(code("Housemaid's knee, left")).toEqual(['M7042']);
    expect(code('Housemaid knee R', true)).toEqual(['M7041']);
  });

  it('a denied word rules a title out', () => {
    expect(code('CAD with unstable angina pectoris')).toEqual(['I25110']);
    expect(code('insomnia, no anxiety')).not.toContain('F5105');
  });
});

describe('PhraseList', () => {
  it('addTitle (cached pieces) gives the same keys as add', () => {
    const v = new Vocab();
    const a = new PhraseList();
    const b = new PhraseList();
    const cache = new Map<string, number[]>();
    const titles = [
      'Other acute osteomyelitis, right ankle and foot',
      'Acute cystitis without hematuria',
      'Alcohol dependence with withdrawal (with perceptual disturbance, x), uncomplicated',
    ];
    for (const t of titles) {
      a.add(v, 'X', t, 0, new Set(['uncomplicated']));
      b.addTitle(v, 'X', t, new Set(['uncomplicated']), cache);
    }
    for (let i = 0; i < titles.length; i++) expect(b.req(i).map((k) => v.keys[k])).toEqual(a.req(i).map((k) => v.keys[k]));
    expect(b.req(1).map((k) => v.keys[k])).toContain('!hematuria');
  });

  it('counts derived forms of an index main term once', () => {
    const v = new Vocab();
    const l = new PhraseList();
    l.addTitle(v, 'I2510', 'Arteriosclerosis, arteriosclerotic, coronary', new Set(), new Map(), 1);
    expect(l.req(0).map((k) => v.keys[k])).toEqual(['arteriosclerosis', 'coronary']);
  });
});
