import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';

describe.skipIf(!codeSetsBuilt)('physiologicalCause (F01-F09: a mental disorder due to a condition the note names)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // Delirium, due to, general medical condition F05 ("code first the underlying physiological condition").
    ['Delirium due to UTI', ['N39.0', 'F05']],
    ['Acute delirium secondary to hypoglycemia', ['E16.2', 'F05']],
    // Disorder, anxiety / mood, due to, general medical condition.
    ['Anxiety disorder due to hyperthyroidism', ['E05.90', 'F06.4']],
    ['Mood disorder due to hypothyroidism', ['E03.9', 'F06.30']],
    // A cause the Index names on its own keeps its path; a drug is no condition (adverse effect).
    ['Delirium due to alcohol withdrawal', ['F10.231']],
    ['Delirium due to oxycodone', ['R41.0', 'T40.2X5A']],
    // No cause stated: the symptom code.
    ['Delirium', ['R41.0']],
  ])('%s -> %j', (item, want) => expect(codes(`Assessment:\n1. ${item}.\n`)).toEqual(want));
});
