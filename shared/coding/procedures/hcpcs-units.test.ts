import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import { parseDrugTitle, parsePer } from './hcpcs-catalogue.ts';
import { hcpcsDrugs } from './hcpcs-drugs.ts';
import { procedures } from './index.ts';

/** Titles as the HCPCS file words them (public CMS file), with their added and termination dates. */
const file: [string, string, string, string?][] = [
  ['J1010', 'Injection, methylprednisolone acetate, 1 mg', '2024-04-01'],
  ['J1030', 'Injection, methylprednisolone acetate, 40 mg', '1982-01-01', '2024-03-31'],
  ['J2920', 'Injection, methylprednisolone sodium succinate, up to 40 mg', '1982-01-01'],
  ['J3300', 'Injection, triamcinolone acetonide, preservative free, 1 mg', '2008-01-01'],
  ['J3301', 'Injection, triamcinolone acetonide, not otherwise specified, 10 mg', '1982-01-01'],
  ['J1094', 'Injection, dexamethasone acetate, 1 mg', '2002-01-01'],
  ['J1100', 'Injection, dexamethasone sodium phosphate, 1 mg', '1982-01-01'],
  ['J0696', 'Injection, ceftriaxone sodium, per 250 mg', '1982-01-01'],
  ['J3420', 'Injection, vitamin b-12 cyanocobalamin, up to 1000 mcg', '1982-01-01'],
  ['J0881', 'Injection, darbepoetin alfa, 1 microgram (non-esrd use)', '2006-01-01'],
  ['J0882', 'Injection, darbepoetin alfa, 1 microgram (for esrd on dialysis)', '2006-01-01'],
  ['J2788', 'Injection, rho d immune globulin, human, minidose, 50 micrograms (250 i.u.)', '2003-01-01'],
  ['J2790', 'Injection, rho d immune globulin, human, full dose, 300 micrograms (1500 i.u.)', '2003-01-01'],
  ['J0585', 'Injection, onabotulinumtoxina, 1 unit', '2010-01-01'],
  ['J7609', 'Albuterol, inhalation solution, compounded product, administered through dme, unit dose, 1 mg', '2008-01-01'],
  ['J7613', 'Albuterol, inhalation solution, fda-approved final product, non-compounded, administered through dme, unit dose, 1 mg', '2008-01-01'],
  [
    'J7644',
    'Ipratropium bromide, inhalation solution, fda-approved final product, non-compounded, administered through dme, unit dose form, per milligram',
    '2008-01-01',
  ],
  ['J7307', 'Etonogestrel (contraceptive) implant system, including implant and supplies', '2008-01-01'],
  ['J0138', 'Injection, acetaminophen 10 mg and ibuprofen 3 mg', '2025-01-01'],
  ['J1644', 'Injection, heparin sodium, per 1000 units', '1982-01-01'],
  ['J2001', 'Injection, lidocaine hcl for intravenous infusion, 10 mg', '1982-01-01'],
  ['J0616', 'Injection, metoprolol tartrate, 1 mg', '2026-01-01'],
];
const codeSets = {
  hcpcs: (code: string, dos = '2026-02-01') => {
    const row = file.find((r) => r[0] === code);
    return row && dos >= row[2] && dos <= (row[3] ?? '9999-12-31') ? { system: 'HCPCS', code, title: row[1], short: code, year: 'test' } : null;
  },
  hcpcsTitles: () => file.map((r) => [r[0], r[1]] as [string, string]),
  hcpcsYearFor: () => 'test',
} as unknown as CodeSets;

describe('billing unit from the HCPCS descriptor', () => {
  it.each([
    ['1 mg', { amount: 1, unit: 'mg', upTo: false }],
    ['per 250 mg', { amount: 250, unit: 'mg', upTo: false }],
    ['up to 1000 mcg', { amount: 1000, unit: 'mcg', upTo: true }],
    ['1 microgram (non-esrd use)', { amount: 1, unit: 'mcg', upTo: false }],
    ['per milligram', { amount: 1, unit: 'mg', upTo: false }],
    ['100 iu', { amount: 100, unit: 'iu', upTo: false }],
    ['per 1000 units', { amount: 1000, unit: 'unit', upTo: false }],
    ['1 gram', { amount: 1000, unit: 'mg', upTo: false }],
    ['unit dose', null],
    ['not otherwise specified', null],
  ])('%s', (part, want) => expect(parsePer(part)).toEqual(want));
  it('skips combination products and reads inhalation and implant titles', () => {
    expect(parseDrugTitle('J0138', 'Injection, acetaminophen 10 mg and ibuprofen 3 mg')).toBeNull();
    expect(parseDrugTitle('J7613', file[15]![1])).toMatchObject({ name: 'albuterol', route: 'inhalation', per: { amount: 1, unit: 'mg' } });
    expect(parseDrugTitle('J7307', file[17]![1])).toMatchObject({ route: 'implant', per: null });
  });
});

const doc = (text: string, dateOfService = '2026-02-01'): ClinicalDocument => ({ text, setting: 'office', patient: { age: 40 }, dateOfService });
const drugs = (text: string, dos?: string) => hcpcsDrugs(doc(text, dos), codeSets, () => true).map((s) => [s.code, s.units]);

describe('HCPCS drugs given in the visit, units from the documented dose', () => {
  it.each([
    ['Kenalog-40 40 mg/1 mL mixed w/ 4 mL 1% lidocaine injected into R knee.', [['J3301', 4]]],
    ['Dexamethasone 10 mg IM, L deltoid.', [['J1100', 10]]],
    ['Methylprednisolone 125 mg IV given.', [['J2920', 4]]],
    ['Ceftriaxone 1 g IM given in clinic.', [['J0696', 4]]],
    ['Cyanocobalamin 1000 mcg IM given today.', [['J3420', 1]]],
    ['Darbepoetin alfa 60 mcg SC given today in clinic.', [['J0881', 60]]],
    ['Rho(D) immune globulin (RhoGAM) 300 mcg IM L deltoid given by RN.', [['J2790', 1]]],
    ['Botox 200-unit vial reconstituted (5 u/0.1 mL). 155 units IM across 31 sites.', [['J0585', 155]]],
    ['Tx in clinic: albuterol 2.5 mg neb x2, 20 min apart.', [['J7613', 5]]],
    [
      '19:55 Neb #1 albuterol 2.5 mg + ipratropium 0.5 mg\n20:20 Neb #2 albuterol 2.5 mg + ipratropium 0.5 mg',
      [
        ['J7613', 5],
        ['J7644', 1],
      ],
    ],
    ['New Nexplanon (etonogestrel 68 mg) inserted through same incision.', [['J7307', 1]]],
    ['Port flushed w/ NS + heparin 500 units, de-accessed.', []],
    ['Rx: dexamethasone 4 mg PO daily x 3 days.', []],
    ['Switch to darbepoetin 60 mcg SC q4wk next visit.', []],
    ['Stop ibuprofen given HTN; acetaminophen + diclofenac gel.', []],
    ['Continue metoprolol 100 mg, apixaban 2.5 mg twice daily. Given her eGFR I am not starting spironolactone.', []],
    ['Metoprolol 5 mg IV push given for rate control.', [['J0616', 5]]],
  ])('%s', (text, want) => expect(drugs(text)).toEqual(want));

  it('takes the code in effect on the date of service (terminated codes never)', () => {
    const text = 'Methylprednisolone acetate 40 mg IM given in clinic.';
    expect(drugs(text, '2026-02-01')).toEqual([['J1010', 40]]);
    expect(drugs(text, '2024-01-15')).toEqual([['J1030', 1]]);
  });
  it('reads the dialysis qualifier from the note', () => {
    expect(drugs('ESRD on hemodialysis. Darbepoetin alfa 40 mcg IV given today.')).toEqual([['J0882', 40]]);
  });
  it('gives no facility drugs on an ED physician claim', () => {
    const res = procedures({ ...doc('Dexamethasone 10 mg IM given.'), setting: 'ed' }, codeSets, []);
    expect(res.suggestions.filter((s) => s.system === 'HCPCS')).toEqual([]);
  });
});
