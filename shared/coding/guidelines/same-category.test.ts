import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { active } from './rule.ts';
import { sameCategory } from './same-category.ts';

const cs = kitCodeSets({
  titles: [
    ['N39.0', true, 'Urinary tract infection, site not specified'],
    ['N30.00', true, 'Acute cystitis without hematuria'],
    ['N30.90', true, 'Cystitis, unspecified without hematuria'],
    ['J45.909', true, 'Unspecified asthma, uncomplicated'],
    ['J45.41', true, 'Moderate persistent asthma with (acute) exacerbation'],
    ['G20.A1', true, "Parkinson's disease without dyskinesia, without mention of fluctuations"],
    ['G20.B2', true, "Parkinson's disease with dyskinesia, with fluctuations"],
    ['G43.009', true, 'Migraine without aura, not intractable, without status migrainosus'],
    ['G43.109', true, 'Migraine with aura, not intractable, without status migrainosus'],
    ['G20.C', true, 'Parkinsonism, unspecified'],
    ['J96.01', true, 'Acute respiratory failure with hypoxia'],
    ['J96.10', true, 'Chronic respiratory failure, unspecified whether with hypoxia or hypercapnia'],
    ['J96.11', true, 'Chronic respiratory failure with hypoxia'],
    ['J96.21', true, 'Acute and chronic respiratory failure with hypoxia'],
    ['J96.12', true, 'Chronic respiratory failure with hypercapnia'],
    ['I50.22', true, 'Chronic systolic (congestive) heart failure'],
    ['I50.23', true, 'Acute on chronic systolic (congestive) heart failure'],
    ['I50.32', true, 'Chronic diastolic (congestive) heart failure'],
    ['C78.00', true, 'Secondary malignant neoplasm of unspecified lung'],
    ['C78.01', true, 'Secondary malignant neoplasm of right lung'],
    ['C78.7', true, 'Secondary malignant neoplasm of liver and intrahepatic bile duct'],
    ['J18.9', true, 'Pneumonia, unspecified organism'],
    ['J15.0', true, 'Pneumonia due to Klebsiella pneumoniae'],
    ['J69.0', true, 'Pneumonitis due to inhalation of food and vomit'],
    ['R57.9', true, 'Shock, unspecified'],
    ['R65.21', true, 'Severe sepsis with septic shock'],
    ['R52', true, 'Pain, unspecified'],
    ['R10.9', true, 'Unspecified abdominal pain'],
    ['K21.9', true, 'Gastro-esophageal reflux disease without esophagitis'],
  ],
});
const run = (codes: string[]) => {
  const ctx = kitContext(cs, codes);
  sameCategory(ctx);
  return active(ctx).map((f) => f.code);
};

describe('sameCategory (I.B.2: the most specific code documented)', () => {
  it.each([
    [['N30.90', 'N30.00'], ['N30.00']],
    [['J45.909', 'J45.41'], ['J45.41']],
    // A neoplasm's codes are sites: the unspecified lung gives way to the right lung, not to the liver.
    [['C78.00', 'C78.01'], ['C78.01']],
    [
      ['C78.00', 'C78.7'],
      ['C78.00', 'C78.7'],
    ],
    [
      ['N39.0', 'N30.00'],
      ['N39.0', 'N30.00'],
    ],
    // "without X" gives way to "with X" of the same category.
    [['G20.A1', 'G20.B2'], ['G20.B2']],
    [['G43.009', 'G43.109'], ['G43.109']],
    // The acute-and-chronic combination holds its parts (I.B.8-9); another kind is no part of it.
    [['J96.21', 'J96.11', 'J96.01'], ['J96.21']],
    [['J96.10', 'J96.21'], ['J96.21']],
    [
      ['J96.21', 'J96.12'],
      ['J96.21', 'J96.12'],
    ],
    [['I50.22', 'I50.23'], ['I50.23']],
    // The same ".9" code from two statements: neither is more specific, so neither drops the other (each
    // statement's own context decides whether it stands).
    [
      ['K21.9', 'K21.9'],
      ['K21.9', 'K21.9'],
    ],
    // A kind of the condition named by its adjective at the end of the other title (I.B.2).
    [['R57.9', 'R65.21'], ['R65.21']],
    [
      ['I50.23', 'I50.32'],
      ['I50.23', 'I50.32'],
    ],
  ])('%j -> %j', (codes, want) => expect(run(codes)).toEqual(want));
});

describe('sameCategory: the more specific code keeps the earlier place', () => {
  it('takes the place of the unspecified code the assessment named first', () => {
    const ctx = kitContext(cs, ['J18.9', 'J15.0']);
    sameCategory(ctx);
    const kept = active(ctx);
    expect(kept.map((f) => f.code)).toEqual(['J15.0']);
    expect(kept[0]!.order).toBe(1);
  });
});
