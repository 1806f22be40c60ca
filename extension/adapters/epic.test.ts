// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { epic } from './epic.ts';
import { openFixture, textOfAll } from '../../test/support/open-fixture.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

test('the note is found two iframe levels down, with the Storyboard patient and the viewer date', async () => {
  const page = await openFixture('epic/note.html');
  close = page.close;
  expect(epic.detect(page.document)).toBe(true);
  const { note, identity, claim } = epic.read(page.document);
  expect(claim).toBeUndefined();
  expect(note?.roots.length).toBe(1);
  const root = note!.roots[0]!;
  expect(root.id).toBe('NoteContent');
  // Nested: note-body.html inside activity.html inside note.html.
  const activity = page.document.querySelector<HTMLIFrameElement>('#ActivityFrame')!.contentDocument!;
  expect(activity.querySelector<HTMLIFrameElement>('#NoteViewerFrame')!.contentDocument).toBe(root.ownerDocument);
  expect(page.document.querySelector('#NoteContent')).toBeNull();
  const text = textOfAll(note!.roots);
  expect(text).toContain('Essential hypertension: well controlled');
  expect(text).toContain('Type 2 diabetes mellitus without complications');
  expect(text).not.toContain('Telephone Encounter'); // the note list is not the note
  expect(note?.patient).toEqual({ age: 67, sex: 'F' });
  expect(note?.setting).toBe('office');
  expect(note?.dateOfService).toBe('2026-11-06');
  expect(identity).toEqual({ memberId: 'XJH428815233', dateOfService: '2026-11-06' });
});

test('the note viewer page opened on its own is still read', async () => {
  const page = await openFixture('epic/note-body.html');
  close = page.close;
  expect(epic.detect(page.document)).toBe(true);
  expect(epic.read(page.document).note?.roots[0]?.id).toBe('NoteContent');
});

test('pages of other products are not taken for Epic', async () => {
  const page = await openFixture('openemr/main.html');
  close = page.close;
  expect(epic.detect(page.document)).toBe(false);
});
