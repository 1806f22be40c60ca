import { describe, expect, it } from 'vitest';
import { sections } from '../note/sections.ts';
import { mdmInput } from './note-input.ts';

const course = (text: string) => mdmInput({ text, setting: 'office', patient: {} }, sections(text), [], []).items.map((i) => i.course?.text);

describe('mdmInput: the history tells the presenting problem its course', () => {
  it.each([
    // The chief complaint's story is the first problem assessed.
    ['CC: daily headaches\nHPI: headaches since teens, worse past 2 yrs.\nImpression:\n1. Chronic migraine\n2. Anxiety\n', ['worse past', undefined]],
    ['8 mo F for rash. Patches x 6 wks, worse since heat turned on.\nASSESSMENT: Atopic dermatitis.\n', ['worse since']],
    // A modifying factor is no course; words after the assessment are no history.
    ['HPI: L shoulder pain, worse with reaching.\nImpression:\n1. Rotator cuff tear\n', [undefined]],
    ['Assessment:\n1. Hypertension\nPlan: recheck if worse over the next month.\n', [undefined]],
  ])('%j -> %j', (text, want) => expect(course(text)).toEqual(want));
});
