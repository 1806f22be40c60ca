import { z } from 'zod';

export const roles = ['coder', 'biller', 'lead'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** HMAC-SHA256 of the normalized claim identity under the team key, hex. The worker only matches it. */
export const ClaimKey = z.string().regex(/^[0-9a-f]{64}$/, 'claim key must be 64 lowercase hex characters');

/** AES-GCM ciphertext made in the browser; the worker stores it and never sees the plaintext. */
export const Sealed = z.object({
  iv: z.string().regex(/^[A-Za-z0-9+/=]{16}$/, 'iv must be 12 bytes, base64'),
  ct: z.string().min(1).max(64_000),
});
export type Sealed = z.infer<typeof Sealed>;

export const NoteInput = z.object({
  id: z.string().uuid(),
  body: Sealed,
}).strict();
export type NoteInput = z.infer<typeof NoteInput>;

export const Note = NoteInput.extend({
  claimKey: ClaimKey,
  authorId: z.string(),
  authorRole: Role,
  createdAt: z.string(),
  seq: z.number().int(),
});
export type Note = z.infer<typeof Note>;

export const CreateTeam = z.object({ name: z.string().trim().min(1).max(120) }).strict();
export const CreateMember = z.object({
  name: z.string().trim().min(1).max(120),
  role: Role,
}).strict();

export const MemberToken = z.object({
  teamId: z.string(), memberId: z.string(), role: Role, token: z.string(),
});
export type MemberToken = z.infer<typeof MemberToken>;
