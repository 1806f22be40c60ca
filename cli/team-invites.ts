import { randomBytes } from 'node:crypto';
import type { MemberToken, Role } from '../shared/contracts/handoff.ts';
import { decodeInvite, encodeInvite } from '../shared/sync/invite.ts';

export interface TeamInvites {
  teamId: string;
  invites: { role: Role; name: string; code: string }[];
}

/**
 * Creates a team on a worker and one invite per requested member. The team secret is made here,
 * on the client, and goes only into the invites: the worker never sees it. The first invite is
 * the lead's and carries the lead's token; members get one-time codes (see `inviteMembers`).
 */
export async function createTeamWithInvites(workerUrl: string, name: string, members: { name: string; role: Role }[]): Promise<TeamInvites> {
  const teamSecret = randomBytes(32).toString('base64url');
  const lead = await post<MemberToken>(workerUrl, '/teams', { name });
  const leadCode = encodeInvite({ workerUrl, teamSecret, teamId: lead.teamId, teamName: name, role: lead.role, token: lead.token });
  return { teamId: lead.teamId, invites: [{ role: lead.role, name: `${name} lead`, code: leadCode }, ...(await inviteMembers(leadCode, members))] };
}

/** New one-time invites from a lead's invite: each member's browser trades its code for its own token. */
export async function inviteMembers(leadCode: string, members: { name: string; role: Role }[], ttlHours?: number): Promise<TeamInvites['invites']> {
  const { token, ...team } = decodeInvite(leadCode);
  const out: TeamInvites['invites'] = [];
  for (const m of members) {
    const invite = await post<{ code: string }>(team.workerUrl, '/teams/invites', { role: m.role, ...(ttlHours && { ttlHours }) }, token);
    out.push({ role: m.role, name: m.name, code: encodeInvite({ ...team, role: m.role, code: invite.code }) });
  }
  return out;
}

async function post<T>(base: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`worker ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** `count` one-time invites of one role, for enrolling many browsers at once (named "<role> 1", "<role> 2", …). */
export function inviteMany(leadCode: string, role: Role, count: number, ttlHours?: number): Promise<TeamInvites['invites']> {
  return inviteMembers(leadCode, Array.from({ length: count }, (_, i) => ({ name: `${role} ${i + 1}`, role })), ttlHours);
}
