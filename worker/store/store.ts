import type { NoteInput, Role } from '../../shared/contracts/handoff.ts';

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

/**
 * Storage behind one interface (SQLite embedded default; PostgreSQL and D1 follow). Every
 * method that reads or writes team data takes the team id, so no query can cross teams.
 */
export interface Store {
  createTeam(name: string): Promise<{ teamId: string }>;
  createMember(teamId: string, name: string, role: Role, tokenHash: string): Promise<Member>;
  memberByTokenHash(tokenHash: string): Promise<Member | null>;
  /** Idempotent on the client-generated id: a replayed push returns the stored note. */
  addNote(teamId: string, claimKey: string, author: Member, note: NoteInput): Promise<{ note: StoredNote; created: boolean }>;
  listNotes(teamId: string, claimKey: string, afterSeq?: number): Promise<StoredNote[]>;
  close(): Promise<void>;
}
