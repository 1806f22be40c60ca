import { randomBytes } from 'node:crypto';
import type { MemberToken, Role } from '../shared/contracts/handoff.ts';
import { encodeInvite } from '../shared/sync/invite.ts';

export interface TeamInvites {
  teamId: string;
  invites: { role: Role; name: string; code: string }[];
}

/**
 * Creates a team on a worker and one member per requested role, and returns invite codes. The
 * team secret is made here, on the client, and goes only into the invites: the worker never sees it.
 */
export async function createTeamWithInvites(workerUrl: string, name: string, members: { name: string; role: Role }[]): Promise<TeamInvites> {
  const teamSecret = randomBytes(32).toString('base64url');
  const lead = await post<MemberToken>(workerUrl, '/teams', { name });
  const invites = [{ role: lead.role, name: `${name} lead`, code: encodeInvite({ workerUrl, token: lead.token, teamSecret, teamId: lead.teamId, role: lead.role }) }];
  for (const m of members) {
    const member = await post<MemberToken>(workerUrl, '/teams/members', m, lead.token);
    invites.push({ role: m.role, name: m.name, code: encodeInvite({ workerUrl, token: member.token, teamSecret, teamId: lead.teamId, role: m.role }) });
  }
  return { teamId: lead.teamId, invites };
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
