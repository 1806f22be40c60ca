import type { Change, MemberInfo, PushNote, Role, ThreadFields, ThreadState } from '../../shared/contracts/handoff.ts';
import { defaultThreadFields } from '../../shared/contracts/handoff.ts';
import type { Member, StoredNote } from './store.ts';

/** Row shapes shared by the SQLite and PostgreSQL stores (same column names in both). */
export interface NoteRow {
  seq: number | string;
  id: string;
  claim_key: string;
  author_id: string;
  author_role: Role;
  iv: string;
  ct: string;
  created_at: string;
}

export interface ThreadRow {
  claim_key: string;
  version: number;
  seq: number | string;
  status: ThreadFields['status'];
  payer: string | null;
  carc: string;
  rarc: string;
  assignee_id: string | null;
  due_date: string | null;
  root_cause: ThreadFields['rootCause'];
  sealed_iv: string | null;
  sealed_ct: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface MemberRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

/** A pushed note as stored; written out field by field because every push takes this path. */
export const storedNote = (n: PushNote, seq: number, author: Member, createdAt: string): StoredNote => ({
  id: n.id,
  claimKey: n.claimKey,
  body: n.body,
  seq,
  authorId: author.id,
  authorRole: author.role,
  createdAt,
});

// pg returns BIGINT as a string.
export const toNote = (r: NoteRow): StoredNote => ({
  id: r.id,
  seq: Number(r.seq),
  claimKey: r.claim_key,
  authorId: r.author_id,
  authorRole: r.author_role,
  body: { iv: r.iv, ct: r.ct },
  createdAt: r.created_at,
});

export const toThread = (r: ThreadRow): ThreadState => ({
  claimKey: r.claim_key,
  version: Number(r.version),
  seq: Number(r.seq),
  status: r.status,
  payer: r.payer,
  carc: JSON.parse(r.carc) as string[],
  rarc: JSON.parse(r.rarc) as string[],
  assigneeId: r.assignee_id,
  dueDate: r.due_date,
  rootCause: r.root_cause,
  sealed: r.sealed_iv && r.sealed_ct ? { iv: r.sealed_iv, ct: r.sealed_ct } : null,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const toMemberInfo = (r: MemberRow): MemberInfo => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
});

/** The state a thread has before anyone wrote it: version 0, open. */
export const emptyThread = (claimKey: string): ThreadState => ({
  ...defaultThreadFields,
  claimKey,
  version: 0,
  seq: 0,
  updatedAt: null,
  updatedBy: null,
});

/** Column values for a thread state, in the order of `threadColumns`. */
export const threadColumns = [
  'version',
  'seq',
  'status',
  'payer',
  'carc',
  'rarc',
  'assignee_id',
  'due_date',
  'root_cause',
  'sealed_iv',
  'sealed_ct',
  'updated_at',
  'updated_by',
] as const;

export function threadValues(t: ThreadState): unknown[] {
  return [
    t.version,
    t.seq,
    t.status,
    t.payer,
    JSON.stringify(t.carc),
    JSON.stringify(t.rarc),
    t.assigneeId,
    t.dueDate,
    t.rootCause,
    t.sealed?.iv ?? null,
    t.sealed?.ct ?? null,
    t.updatedAt,
    t.updatedBy,
  ];
}

/** SQL condition on an `invites` row: an invite dies with its creator (revoked creator, dead invite). */
export const LIVE_CREATOR = 'NOT EXISTS (SELECT 1 FROM members m WHERE m.id = invites.created_by AND m.revoked_at IS NOT NULL)';

export const sameNote = (a: StoredNote, claimKey: string, body: { iv: string; ct: string }) =>
  a.claimKey === claimKey && a.body.iv === body.iv && a.body.ct === body.ct;

/** Merges note and thread rows into one change list ordered by seq. */
export function mergeChanges(notes: StoredNote[], threads: ThreadState[], limit: number): Change[] {
  const all: Change[] = [
    ...notes.map((note): Change => ({ kind: 'note', seq: note.seq, note })),
    ...threads.map((thread): Change => ({ kind: 'thread', seq: thread.seq, thread })),
  ];
  return all.sort((a, b) => a.seq - b.seq).slice(0, limit);
}

/**
 * The team's thread list query, shared by every store: `?` placeholders for SQLite and D1,
 * `$n` for PostgreSQL.
 */
export function threadListQuery(
  teamId: string,
  filter: { status?: string; assigneeId?: string; rootCause?: string },
  placeholder: (n: number) => string,
): { sql: string; args: string[] } {
  const args = [teamId];
  const where = [`team_id = ${placeholder(1)}`];
  for (const [col, value] of [
    ['status', filter.status],
    ['assignee_id', filter.assigneeId],
    ['root_cause', filter.rootCause],
  ] as const) {
    if (value) where.push(`${col} = ${placeholder(args.push(value))}`);
  }
  return { sql: `SELECT * FROM threads WHERE ${where.join(' AND ')} ORDER BY due_date IS NULL, due_date, seq LIMIT 500`, args };
}
