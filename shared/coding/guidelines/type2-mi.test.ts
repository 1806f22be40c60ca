import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { type2Mi } from './type2-mi.ts';

describe('type2Mi (I.C.9.e.5)', () => {
  it.each([
    ['I21.4', 'Assessment:\n1. NSTEMI - likely type 2 (demand) due to acute blood loss anemia', ['I21.A1']],
    ['I21.4', 'Assessment:\n1. Type II NSTEMI in setting of sepsis', ['I21.A1']],
    ['I21.3', 'Assessment:\n1. STEMI, type 2', ['I21.A1']],
    // A type 1 infarction, or "type 2" said of diabetes, stays.
    ['I21.4', 'Assessment:\n1. NSTEMI in a patient with type 2 diabetes', ['I21.4']],
    ['I21.4', 'Assessment:\n1. NSTEMI, type 1, s/p DES to LAD', ['I21.4']],
  ])('%s + %s -> %j', (code, text, want) => {
    const ctx = kitContext(standInCodeSets, [code], text);
    type2Mi(ctx);
    expect(activeCodes(ctx)).toEqual(want);
  });
});
