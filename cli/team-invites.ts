import { randomBytes } from 'node:crypto';
import type { Role } from '../shared/contracts/handoff.ts';
import { decodeInvite, encodeInvite } from '../shared/sync/invite.ts';
import { refusal, workerClient } from '../shared/sync/worker-client.ts';

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
  const created = await workerClient(workerUrl).teams.$post({ json: { name } });
  if (created.status !== 201) throw await refused(created, 'POST /teams');
  const lead = await created.json();
  const leadCode = encodeInvite({ workerUrl, teamSecret, teamId: lead.teamId, teamName: name, role: lead.role, token: lead.token });
  return { teamId: lead.teamId, invites: [{ role: lead.role, name: `${name} lead`, code: leadCode }, ...(await inviteMembers(leadCode, members))] };
}

/** New one-time invites from a lead's invite: each member's browser trades its code for its own token. */
export async function inviteMembers(leadCode: string, members: { name: string; role: Role }[], ttlHours?: number): Promise<TeamInvites['invites']> {
  const { token, ...team } = decodeInvite(leadCode);
  const out: TeamInvites['invites'] = [];
  for (const m of members) {
    const res = await workerClient(team.workerUrl, token).teams.invites.$post({ json: { role: m.role, ...(ttlHours && { ttlHours }) } });
    if (res.status !== 201) throw await refused(res, 'POST /teams/invites');
    const invite = await res.json();
    out.push({ role: m.role, name: m.name, code: encodeInvite({ ...team, role: m.role, code: invite.code }) });
  }
  return out;
}

/** A refusal as an error with the worker's own words. */
async function refused(res: { status: number; clone(): Response }, what: string): Promise<Error> {
  const why = await refusal(res);
  return new Error(`worker ${what}: HTTP ${res.status}${why ? `: ${why}` : ''}`);
}

/** `count` one-time invites of one role, for enrolling many browsers at once (named "<role> 1", "<role> 2", …). */
export function inviteMany(leadCode: string, role: Role, count: number, ttlHours?: number): Promise<TeamInvites['invites']> {
  return inviteMembers(
    leadCode,
    Array.from({ length: count }, (_, i) => ({ name: `${role} ${i + 1}`, role })),
    ttlHours,
  );
}
