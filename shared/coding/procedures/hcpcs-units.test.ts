import { describe, expect, it } from 'vitest';
import { drugCodes } from './hcpcs-drugs.ts';

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
    ['methylprednisolone acetate', 40, 'J1030', 1],
  ])('%s %s mg -> %s x %s', (drug, mg, code, units) => {
    expect(unitsFor(drug, mg)).toEqual({ code, units });
  });
});
