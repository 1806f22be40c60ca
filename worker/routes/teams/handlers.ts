import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { hashToken, newToken } from '../../ids.ts';
import type {
  acceptInviteRoute,
  createInviteRoute,
  createMemberRoute,
  createTeamRoute,
  listMembersRoute,
  meRoute,
  revokeMemberRoute,
} from '../../../shared/contracts/api/teams.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;
const DAY = 86_400_000;

export const createTeam: H<typeof createTeamRoute> = async (c) => {
  const { name } = c.req.valid('json');
  const { teamId } = await c.get('store').createTeam(name);
  const token = newToken();
  const lead = await c.get('store').createMember(teamId, `${name} lead`, 'lead', await hashToken(token));
  return c.json({ teamId, memberId: lead.id, role: lead.role, token, expiresAt: null }, 201);
};

export const createMember: H<typeof createMemberRoute> = async (c) => {
  const { name, role, ttlDays } = c.req.valid('json');
  const token = newToken();
  const expiresAt = ttlDays ? new Date(Date.now() + ttlDays * DAY).toISOString() : null;
  const member = await c.get('store').createMember(c.get('member').teamId, name, role, await hashToken(token), expiresAt);
  return c.json({ teamId: member.teamId, memberId: member.id, role: member.role, token, expiresAt }, 201);
};

export const listMembers: H<typeof listMembersRoute> = async (c) => c.json({ members: await c.get('store').listMembers(c.get('member').teamId) }, 200);

export const revokeMember: H<typeof revokeMemberRoute> = async (c) => {
  const { memberId } = c.req.valid('param');
  // A team must keep a lead who can manage it: the last active lead cannot be revoked.
  const members = await c.get('store').listMembers(c.get('member').teamId);
  const leads = members.filter((m) => m.role === 'lead' && !m.revokedAt);
  if (leads.length === 1 && leads[0]!.id === memberId) return c.json({ error: 'memberId: the last lead of a team cannot be revoked' }, 409);
  // Scoped by team: another team's member id looks exactly like an unknown one.
  if (!(await c.get('store').revokeMember(c.get('member').teamId, memberId))) return c.json({ error: 'no such member' }, 404);
  // The token is dead; so are the member's open event streams on this instance.
  for (const close of c.get('services').streams.get(memberId) ?? []) close();
  return c.body(null, 204);
};

export const createInvite: H<typeof createInviteRoute> = async (c) => {
  const { role, ttlHours } = c.req.valid('json');
  const code = newToken().replace(/^cs_/, 'inv_');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000).toISOString();
  await c.get('store').createInvite(c.get('member').teamId, role, await hashToken(code), expiresAt, c.get('member').id);
  return c.json({ code, role, expiresAt }, 201);
};

export const acceptInvite: H<typeof acceptInviteRoute> = async (c) => {
  const { code, name } = c.req.valid('json');
  const token = newToken();
  const member = await c.get('store').acceptInvite(await hashToken(code), name, await hashToken(token));
  if (!member) return c.json({ error: 'invite unknown, used or expired' }, 404);
  return c.json({ teamId: member.teamId, memberId: member.id, role: member.role, token, expiresAt: null }, 201);
};

export const me: H<typeof meRoute> = async (c) => {
  const m = c.get('member');
  return c.json({ memberId: m.id, teamId: m.teamId, name: m.name, role: m.role }, 200);
};
