import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { hashToken, newToken } from '../../ids.ts';
import type { createMemberRoute, createTeamRoute } from './routes.ts';

export const createTeam: RouteHandler<typeof createTeamRoute, AppEnv> = async (c) => {
  const { name } = c.req.valid('json');
  const { teamId } = await c.var.store.createTeam(name);
  const token = newToken();
  const lead = await c.var.store.createMember(teamId, `${name} lead`, 'lead', await hashToken(token));
  return c.json({ teamId, memberId: lead.id, role: lead.role, token }, 201);
};

export const createMember: RouteHandler<typeof createMemberRoute, AppEnv> = async (c) => {
  const { name, role } = c.req.valid('json');
  const token = newToken();
  const member = await c.var.store.createMember(c.var.member.teamId, name, role, await hashToken(token));
  return c.json({ teamId: member.teamId, memberId: member.id, role: member.role, token }, 201);
};
