import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import { drugCodes } from './hcpcs-drugs.ts';
import { procedures } from './index.ts';

const unitsFor = (drug: string, mg: number) => {
  const d = drugCodes.find((x) => x.re.test(drug))!;
  return { code: d.code, units: Math.max(1, Math.ceil(mg / d.unitMg)) };
};

describe('HCPCS drug units from the documented dose', () => {
  it.each([
    ['triamcinolone acetonide', 40, 'J3301', 4],
    ['dexamethasone', 10, 'J1100', 10],
    ['paclitaxel', 140, 'J9267', 140],
    ['diphenhydramine', 25, 'J1200', 1],
    ['methylprednisolone acetate', 40, 'J1010', 40],
  ])('%s %s mg -> %s x %s', (drug, mg, code, units) => {
    expect(unitsFor(drug, mg)).toEqual({ code, units });
  });
});

describe('HCPCS code by date of service', () => {
  // J1010 (1 mg units) replaced J1030 (40 mg units) on 2024-04-01; the HCPCS dates decide.
  const valid: Record<string, [string, string]> = { J1010: ['2024-04-01', '9999-12-31'], J1030: ['1982-01-01', '2024-03-31'] };
  const codeSets = {
    hcpcs: (code: string, dos?: string) => {
      const v = valid[code];
      return v && dos && dos >= v[0] && dos <= v[1] ? { system: 'HCPCS', code, title: code, short: code, year: 'test' } : null;
    },
    hcpcsYearFor: () => 'test',
  } as unknown as CodeSets;
  const text = 'Plan: Methylprednisolone acetate 40 mg IM given in clinic.';
  it.each([['2026-02-01', 'J1010', 40], ['2024-01-15', 'J1030', 1]])('on %s: %s x %s', (dos, code, units) => {
    const drugs = procedures({ text, setting: 'office', patient: {}, dateOfService: dos }, codeSets, []).suggestions.filter((s) => s.system === 'HCPCS');
    expect(drugs.map((s) => [s.code, s.units ?? 1])).toEqual([[code, units]]);
  });
});
