import { createMiddleware } from 'hono/factory';
import type { Role } from '../shared/contracts/handoff.ts';
import type { AppEnv } from './app-env.ts';
import { hashToken } from './ids.ts';

/**
 * Bearer-token auth: the token is hashed and looked up; a revoked or unknown token is 401.
 * `roles` limits the route to those roles (403 otherwise). The member's team scopes every query.
 */
export const requireMember = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) return c.json({ error: 'missing bearer token' }, 401);
    const member = await c.var.store.memberByTokenHash(await hashToken(token));
    if (!member) return c.json({ error: 'invalid or revoked token' }, 401);
    if (roles.length > 0 && !roles.includes(member.role)) {
      return c.json({ error: `role ${member.role} may not do this` }, 403);
    }
    c.set('member', member);
    await next();
  });
