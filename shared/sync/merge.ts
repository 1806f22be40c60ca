import type { Change, Note, ThreadPatch, ThreadState } from '../contracts/handoff.ts';

/** What a client keeps of the team's threads: notes by id, thread states by claim key, the cursor. */
export interface LocalState {
  cursor: number;
  notes: Map<string, Note>;
  threads: Map<string, ThreadState>;
}

export const emptyLocalState = (): LocalState => ({ cursor: 0, notes: new Map(), threads: new Map() });

/**
 * Applies pulled or live changes. Idempotent and order-tolerant: a note is kept once per id, a
 * thread keeps its highest version, and the cursor only moves forward. Returns what was new.
 */
export function applyChanges(state: LocalState, changes: readonly Change[]): Change[] {
  const fresh: Change[] = [];
  for (const ch of changes) {
    if (ch.kind === 'note') {
      if (!state.notes.has(ch.note.id)) (state.notes.set(ch.note.id, ch.note), fresh.push(ch));
    } else {
      const have = state.threads.get(ch.thread.claimKey);
      if (!have || have.version < ch.thread.version) (state.threads.set(ch.thread.claimKey, ch.thread), fresh.push(ch));
    }
    state.cursor = Math.max(state.cursor, ch.seq);
  }
  return fresh;
}

/** A thread's notes in server order (seq); notes still in the outbox are the caller's to append. */
export function notesOf(state: LocalState, claimKey: string): Note[] {
  return [...state.notes.values()].filter((n) => n.claimKey === claimKey).sort((a, b) => a.seq - b.seq);
}

/**
 * After a 409, re-apply the user's own change on the current state: the fields the user touched
 * win, everything else comes from `current`, and the new base is the current version.
 */
export function rebasePatch(patch: ThreadPatch, current: ThreadState): ThreadPatch {
  return { ...patch, baseVersion: current.version };
}
