import { z } from 'zod';

/**
 * What joining a team stores in the browser: the worker, this member's token and the team
 * secret. The secret never reaches the worker: it keys the note encryption and claim keys.
 */
export const TeamSettings = z.object({
  workerUrl: z.string().url(),
  token: z.string().min(10),
  teamSecret: z.string().min(16),
  teamId: z.string(),
  role: z.string(),
  /** The team's name as its lead created it, shown to people instead of the id (older invites lack it). */
  teamName: z.string().max(200).optional(),
});
export type TeamSettings = z.infer<typeof TeamSettings>;

/**
 * What a lead hands a new member out of band: the worker, the team secret, and either a one-time
 * invite code the browser trades for its own token (members), or a token (the team's first lead).
 */
export const Invite = TeamSettings.omit({ token: true })
  .extend({
    token: z.string().min(10).optional(),
    code: z.string().min(10).optional(),
  })
  .refine((i) => i.token !== undefined || i.code !== undefined, 'needs a token or a one-time code');
export type Invite = z.infer<typeof Invite>;

/** Invite codes are base64url JSON, so they survive e-mail and chat. */
export function encodeInvite(invite: Invite): string {
  return btoa(JSON.stringify(invite)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeInvite(text: string): Invite {
  let raw: unknown;
  try {
    raw = JSON.parse(atob(text.trim().replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    throw new Error('this invite code is not readable: paste the whole code you were given');
  }
  const parsed = Invite.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`this invite code is incomplete (${issue?.path.join('.') || issue?.message})`);
  }
  return parsed.data;
}
