import { describe, expect, it } from 'vitest';
import { runRule } from '../../../test/support/coding-kit.ts';
import { neoplasmSequence } from './neoplasm-sequence.ts';

describe('neoplasmSequence (I.C.2.b)', () => {
  it.each([
    // Metastasis stated first, primary after: the primary goes first.
    [['C79.51', 'C34.11'], 'Bone mets, stable; adenocarcinoma RUL progressing', ['C34.11', 'C79.51']],
    [['C78.7', 'C18.7'], 'Liver metastases from sigmoid colon adenocarcinoma', ['C18.7', 'C78.7']],
    // Treatment directed at the metastasis alone: it stays first.
    [['C79.31', 'C34.11'], 'Brain metastasis - SRS today; lung primary stable', ['C79.31', 'C34.11']],
    // Primary already first, or no primary: nothing moves.
    [['C34.11', 'C79.51'], 'Adenocarcinoma RUL with bone mets', ['C34.11', 'C79.51']],
    [['C79.51', 'I10'], 'Bone mets of unknown primary; HTN', ['C79.51', 'I10']],
  ] as const)('%j "%s" -> %j', (codes, text, want) => {
    expect(runRule(neoplasmSequence, [...codes], text)).toEqual(want);
  });
});
