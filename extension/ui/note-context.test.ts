// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { FrameNotes } from './frame-notes.ts';
import { encounterView, noteDocument } from './note-context.ts';

describe('encounterView', () => {
  const note = {
    roots: [],
    setting: 'telehealth' as const,
    patient: { age: 70, sex: 'F' as const },
    dateOfService: '2026-11-03',
    encounter: {
      setting: 'telehealth' as const,
      age: 70,
      sex: 'F' as const,
      patientStatus: 'established' as const,
      from: { setting: 'Visit type: Video visit' },
    },
  };

  test('is what the page showed, with where each value came from', () => {
    expect(encounterView(note)).toMatchObject({
      setting: 'telehealth',
      age: 70,
      sex: 'F',
      dateOfService: '2026-11-03',
      patientStatus: 'established',
      corrected: [],
    });
  });

  test("the user's corrections win, including clearing a value, and go to the engine", () => {
    const view = encounterView(note, { setting: 'office', age: undefined, sex: 'M' });
    expect(view).toMatchObject({ setting: 'office', sex: 'M', corrected: ['setting', 'age', 'sex'] });
    expect(view.age).toBeUndefined();
    expect(noteDocument('HPI: x', view, 'http://x/')).toEqual({
      text: 'HPI: x',
      setting: 'office',
      patient: { sex: 'M' },
      dateOfService: '2026-11-03',
      patientStatus: 'established',
      source: { url: 'http://x/' },
    });
  });
});

describe('FrameNotes', () => {
  const msg = (frameId: number, text: string, selected = false) => ({ type: 'frameNote', frameId, text, selected, encounter: {} });

  test('a page with its own note keeps it; without one, the longest frame note is coded', () => {
    const frames = new FrameNotes();
    expect(frames.accept({ type: 'togglePanel' })).toBe(false);
    frames.accept(msg(3, 'short note'));
    frames.accept(msg(4, 'a longer note from another frame'));
    expect(frames.choose({ roots: [] }, document)).toBeUndefined();
    expect(frames.choose(undefined, document)?.frameId).toBe(4);
  });

  test("a selection in a frame wins over the page's note; an emptied frame is forgotten", () => {
    const frames = new FrameNotes();
    frames.accept(msg(5, 'the selected words', true));
    expect(frames.choose({ roots: [] }, document)?.frameId).toBe(5);
    frames.accept(msg(5, ''));
    expect(frames.choose(undefined, document)).toBeUndefined();
  });
});
