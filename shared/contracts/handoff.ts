import { z } from 'zod';
import { IsoDate, plainText } from './text.ts';
import { rootCauses, threadStatuses } from './thread-words.ts';

export { rootCauses, threadStatuses };

export const roles = ['coder', 'biller', 'lead'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** HMAC-SHA256 of the normalized claim identity under the team key, hex. The worker only matches it. */
export const ClaimKey = z.string().regex(/^[0-9a-f]{64}$/, 'claim key must be 64 lowercase hex characters');
export const Id = z.string().uuid();

/** AES-GCM ciphertext made in the browser; the worker stores it and never sees the plaintext. */
export const Sealed = z
  .object({
    iv: z.string().regex(/^[A-Za-z0-9+/=]{16}$/, 'iv must be 12 bytes, base64'),
    ct: z
      .string()
      .regex(/^[A-Za-z0-9+/=]+$/, 'ct must be base64')
      .min(1)
      .max(64_000),
  })
  .strict();
export type Sealed = z.infer<typeof Sealed>;

export const NoteInput = z
  .object({
    id: Id,
    body: Sealed,
  })
  .strict();
export type NoteInput = z.infer<typeof NoteInput>;

export const Note = NoteInput.extend({
  claimKey: ClaimKey,
  authorId: z.string(),
  authorRole: Role,
  createdAt: z.string(),
  seq: z.number().int(),
});
export type Note = z.infer<typeof Note>;

export const CreateTeam = z.object({ name: plainText(120) }).strict();
export const CreateMember = z
  .object({
    name: plainText(120),
    role: Role,
    /** Optional lifetime of the token; without it the token lives until revoked. */
    ttlDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

export const MemberToken = z.object({
  teamId: z.string(),
  memberId: z.string(),
  role: Role,
  token: z.string(),
  expiresAt: z.string().nullable().optional(),
});
export type MemberToken = z.infer<typeof MemberToken>;

export const MemberInfo = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type MemberInfo = z.infer<typeof MemberInfo>;

/** A lead invites a role; the one-time code is handed over out of band and traded for a token. */
export const CreateInvite = z
  .object({
    role: Role,
    ttlHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(72),
  })
  .strict();
export const Invite = z.object({ code: z.string(), role: Role, expiresAt: z.string() });
export const AcceptInvite = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9_-]{10,200}$/, 'code must be the invite code as given (10-200 letters, digits, _ or -)'),
    name: plainText(120),
  })
  .strict();

// ---- thread state ----

export const ThreadStatus = z.enum(threadStatuses);
export const RootCause = z.enum(rootCauses);
/** Adjustment reason / remark codes by shape only (the texts are licensed and never shipped). */
export const Carc = z.string().regex(/^[A-Z]?\d{1,3}$/, 'CARC must look like 97 or B7');
export const Rarc = z.string().regex(/^(M|MA|N)\d{1,3}$/, 'RARC must look like N130 or MA01');

/** Routing metadata stays readable for sorting; anything identifying the patient goes in `sealed`. */
export const ThreadFields = z.object({
  status: ThreadStatus,
  payer: plainText(120).nullable(),
  carc: z.array(Carc).max(20),
  rarc: z.array(Rarc).max(20),
  assigneeId: Id.nullable(),
  dueDate: IsoDate.nullable(),
  rootCause: RootCause.nullable(),
  sealed: Sealed.nullable(),
});
export type ThreadFields = z.infer<typeof ThreadFields>;

export const ThreadState = ThreadFields.extend({
  claimKey: ClaimKey,
  /** 0 means "never written": the defaults below. Every write bumps it by one. */
  version: z.number().int().min(0),
  seq: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ThreadState = z.infer<typeof ThreadState>;

export const defaultThreadFields: ThreadFields = {
  status: 'open',
  payer: null,
  carc: [],
  rarc: [],
  assigneeId: null,
  dueDate: null,
  rootCause: null,
  sealed: null,
};

/** A versioned patch: applied only when `baseVersion` equals the stored version, else 409. */
export const ThreadPatch = ThreadFields.partial()
  .extend({ baseVersion: z.number().int().min(0) })
  .strict();
export type ThreadPatch = z.infer<typeof ThreadPatch>;

// ---- sync ----

export const PushNote = NoteInput.extend({ claimKey: ClaimKey }).strict();
export type PushNote = z.infer<typeof PushNote>;
/** The largest request body the worker reads (413 past it); every push schema fits under it. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Ciphertext per push, at most: with the rest of each note's JSON (under 200 bytes) 100 notes stay under MAX_BODY_BYTES. */
export const MAX_PUSH_CIPHERTEXT = 200_000;
export const SyncPush = z
  .object({ notes: z.array(PushNote).min(1).max(100) })
  .strict()
  .refine((p) => p.notes.reduce((n, x) => n + x.body.ct.length, 0) <= MAX_PUSH_CIPHERTEXT, {
    message: `at most ${MAX_PUSH_CIPHERTEXT} characters of ciphertext per push: send fewer notes`,
    path: ['notes'],
  });
export const PushResult = z.object({ id: z.string(), seq: z.number().int(), created: z.boolean() });
export const SyncPushResponse = z.object({ results: z.array(PushResult), cursor: z.number().int() });

export const Change = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), seq: z.number().int(), note: Note }),
  z.object({ kind: z.literal('thread'), seq: z.number().int(), thread: ThreadState }),
]);
export type Change = z.infer<typeof Change>;
export const SyncPull = z.object({ changes: z.array(Change), cursor: z.number().int(), more: z.boolean() });
export type SyncPull = z.infer<typeof SyncPull>;
