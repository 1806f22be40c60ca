import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { cadAngina } from './cad-angina.ts';
import { active } from './rule.ts';

// FY2026 titles; "Stable angina" is an inclusion term of I20.8 in the tabular.
const cs = kitCodeSets({
  titles: [
    ['I25.10', true, 'Atherosclerotic heart disease of native coronary artery without angina pectoris'],
    ['I25.110', true, 'Atherosclerotic heart disease of native coronary artery with unstable angina pectoris'],
    ['I25.118', true, 'Atherosclerotic heart disease of native coronary artery with other forms of angina pectoris'],
    ['I25.119', true, 'Atherosclerotic heart disease of native coronary artery with unspecified angina pectoris'],
    ['I20.0', true, 'Unstable angina'],
    ['I20.8', false, 'Other forms of angina pectoris'],
    ['I20.9', true, 'Angina pectoris, unspecified'],
    ['I20.1', true, 'Angina pectoris with documented spasm'],
    ['I20.2', true, 'Refractory angina pectoris'],
  ],
  notes: { 'I20.8': { inclusionTerms: ['Angina equivalent', 'Stable angina'] } },
});
const run = (codes: string[], text: string) => {
  const ctx = kitContext(cs, codes, text);
  cadAngina(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('cadAngina (I.C.9.b)', () => {
  it.each([
    [['I25.10'], 'CAD of native coronary arteries w/ stable angina (CCS II)', ['I25.118']],
    [['I25.10'], 'CAD with angina on exertion', ['I25.119']],
    // The inclusion term's words with others between them: "stable exertional angina" is I20.8's "Stable angina".
    [['I25.10'], 'CAD s/p LAD DES w/ new stable exertional angina', ['I25.118']],
    [['I25.10', 'I20.0'], 'CAD; unstable angina', ['I25.110']],
    // A kind the statement denies is not its angina's kind.
    [['I25.10'], 'CAD w/ stable exertional angina; no features of unstable angina/ACS', ['I25.118']],
    [['I25.10'], 'CAD s/p RCA stent 2021, no angina', ['I25.10']],
    [['I25.10'], 'CAD - stable', ['I25.10']],
    [['I25.10'], 'CAD w/o angina, old MI (2019)', ['I25.10']],
  ])('%j "%s" -> %j', (codes, text, want) => expect(run(codes, text)).toEqual(want));
});
