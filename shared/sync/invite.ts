import { z } from 'zod';

/** What joining a team stores in the browser: the worker, this member's token and the team secret. */
export const Invite = z.object({
  workerUrl: z.string().url(),
  token: z.string().min(10),
  teamSecret: z.string().min(16),
  teamId: z.string(),
  role: z.string(),
});
export type Invite = z.infer<typeof Invite>;

/**
 * An invite code is base64url JSON of Invite, handed from the lead to the member out of band;
 * the team secret inside it never reaches the worker.
 */
export function encodeInvite(invite: Invite): string {
  return btoa(JSON.stringify(invite)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeInvite(code: string): Invite {
  let raw: unknown;
  try {
    raw = JSON.parse(atob(code.trim().replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    throw new Error('this invite code is not readable: paste the whole code you were given');
  }
  const parsed = Invite.safeParse(raw);
  if (!parsed.success) throw new Error(`this invite code is incomplete (${parsed.error.issues[0]?.path.join('.')})`);
  return parsed.data;
}
