import { describe, expect, it } from 'vitest';
import { activeCodes, kitContext, standInCodeSets } from '../../../test/support/coding-kit.ts';
import { tpaTransfer } from './tpa-transfer.ts';

const run = (codes: string[], text: string, setting: 'inpatient-progress' | 'ed' = 'inpatient-progress') => {
  const ctx = kitContext(standInCodeSets, codes, text, { setting });
  tpaTransfer(ctx);
  return activeCodes(ctx);
};

describe('tpaTransfer (I.C.21.c.3: Z92.82 at the receiving facility)', () => {
  it.each([
    [['I63.412'], 'Transfer from Mercy ED. Alteplase given 23:05 at OSH.', ['I63.412', 'Z92.82']],
    [['I63.412'], 'Acute ischemic stroke, s/p IV tPA at outside hospital.', ['I63.412', 'Z92.82']],
    [['I21.09'], 'STEMI, tenecteplase at referring hospital before transfer.', ['I21.09', 'Z92.82']],
    // Given here, or no condition it treats: no status code.
    [['I63.412'], 'IV alteplase given here at 14:05.', ['I63.412']],
    [['R51.9'], 'tPA at OSH.', ['R51.9']],
  ])('%j %j -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));

  it('is the receiving facility record only, not the ED that gave it', () => {
    expect(run(['I63.412'], 'tPA at OSH.', 'ed')).toEqual(['I63.412']);
  });
});
