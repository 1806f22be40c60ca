import type { Change, MemberInfo, NoteInput, PushNote, Role, ThreadFields, ThreadState } from '../../shared/contracts/handoff.ts';
import type { DenialStore } from './denial-store.ts';

export interface Member {
  id: string;
  teamId: string;
  name: string;
  role: Role;
}

export interface StoredNote extends NoteInput {
  claimKey: string;
  authorId: string;
  authorRole: Role;
  createdAt: string;
  seq: number;
}

export interface AddResult {
  note: StoredNote;
  created: boolean;
}

/**
 * A push refused whole: its note `index` reuses an id already stored for a different body or
 * claim (a replay must be byte-identical). Nothing of that push is stored.
 */
export class NoteConflict extends Error {
  constructor(readonly index: number) {
    super(`notes.${index}.id: already used by a different note`);
  }
}

export type UpdateResult = { ok: true; thread: ThreadState } | { ok: false; current: ThreadState };

export interface ThreadFilter {
  status?: string;
  assigneeId?: string;
  rootCause?: string;
}

export type ChangeListener = (change: Change) => void;

/**
 * Storage behind one interface (SQLite embedded default, PostgreSQL for several instances).
 * Every method that reads or writes team data takes the team id, so no query can cross teams.
 * Change numbers (`seq`) are per team and issued under the team's lock, so a pull by cursor never
 * skips a change that commits later with a smaller number.
 */
export interface Store extends DenialStore {
  readonly kind: 'sqlite' | 'postgres' | 'd1';
  createTeam(name: string): Promise<{ teamId: string }>;
  createMember(teamId: string, name: string, role: Role, tokenHash: string, expiresAt?: string | null): Promise<Member>;
  /** Unknown, revoked and expired tokens all give null. */
  memberByTokenHash(tokenHash: string): Promise<Member | null>;
  listMembers(teamId: string): Promise<MemberInfo[]>;
  isMember(teamId: string, memberId: string): Promise<boolean>;
  revokeMember(teamId: string, memberId: string): Promise<boolean>;
  createInvite(teamId: string, role: Role, codeHash: string, expiresAt: string, createdBy: string): Promise<void>;
  /**
   * One-time: the invite is consumed in the same transaction that creates the member. An invite
   * whose creator has been revoked is dead (null), like an unknown one.
   */
  acceptInvite(codeHash: string, name: string, tokenHash: string): Promise<Member | null>;
  /**
   * Idempotent on the client-generated id: a replayed push returns the stored note. All or
   * nothing: a push with a note that conflicts with a stored one rejects with NoteConflict.
   */
  addNotes(teamId: string, author: Member, notes: PushNote[]): Promise<AddResult[]>;
  listNotes(teamId: string, claimKey: string, afterSeq?: number): Promise<StoredNote[]>;
  getThread(teamId: string, claimKey: string): Promise<ThreadState | null>;
  updateThread(teamId: string, claimKey: string, baseVersion: number, fields: Partial<ThreadFields>, author: Member): Promise<UpdateResult>;
  listThreads(teamId: string, filter: ThreadFilter): Promise<ThreadState[]>;
  changesAfter(teamId: string, cursor: number, limit: number): Promise<Change[]>;
  /** Live changes of one team, from this instance and (PostgreSQL) every other instance. */
  subscribe(teamId: string, listener: ChangeListener): () => void;
  close(): Promise<void>;
}
