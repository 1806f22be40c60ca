import { describe, expect, it } from 'vitest';
import type { Change, Note, ThreadState } from '../contracts/handoff.ts';
import { defaultThreadFields } from '../contracts/handoff.ts';
import { applyChanges, emptyLocalState, notesOf, rebasePatch } from './merge.ts';

const key = 'a'.repeat(64);
const note = (id: string, seq: number): Change => ({
  kind: 'note', seq,
  note: { id, seq, claimKey: key, authorId: 'm', authorRole: 'coder', createdAt: '', body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'eA==' } } as Note,
});
const thread = (version: number, seq: number, status: ThreadState['status']): Change => ({
  kind: 'thread', seq, thread: { ...defaultThreadFields, claimKey: key, version, seq, status, updatedAt: null, updatedBy: null },
});

describe('applyChanges', () => {
  it('is idempotent and order-tolerant', () => {
    const changes = [note('n1', 1), thread(1, 2, 'waiting-on-coder'), note('n2', 3), thread(2, 4, 'resolved')];
    const a = emptyLocalState();
    expect(applyChanges(a, changes)).toHaveLength(4);
    expect(applyChanges(a, changes)).toHaveLength(0);
    const b = emptyLocalState();
    applyChanges(b, [...changes].reverse());
    for (const s of [a, b]) {
      expect(s.cursor).toBe(4);
      expect(s.threads.get(key)?.status).toBe('resolved');
      expect(notesOf(s, key).map((n) => n.id)).toEqual(['n1', 'n2']);
    }
  });

  it('never moves the cursor back', () => {
    const s = emptyLocalState();
    applyChanges(s, [note('n9', 9)]);
    applyChanges(s, [note('n3', 3)]);
    expect(s.cursor).toBe(9);
  });
});

describe('rebasePatch', () => {
  it("keeps the user's fields and takes the current version as the base", () => {
    const current = (thread(5, 9, 'resolved') as Extract<Change, { kind: 'thread' }>).thread;
    expect(rebasePatch({ baseVersion: 2, status: 'waiting-on-biller' }, current)).toEqual({ baseVersion: 5, status: 'waiting-on-biller' });
  });
});
