import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Role } from '../shared/contracts/handoff.ts';
import type { AppEnv } from './app-env.ts';
import { hashToken } from './ids.ts';
import { clientAddress, tooMany } from './rate-limit.ts';

/**
 * Bearer-token auth, run for every route whose definition declares the bearer scheme (`guard` in
 * routes/group.ts), before its input is validated. The token is hashed and
 * looked up; an unknown, revoked or expired token is 401 (one message for all three: no oracle).
 * `roles`, when given, limits the route to those roles (403). The member's team scopes every
 * query. Each member has a request budget (429 past it). Returns the refusal, or nothing once
 * `member` is set.
 */
export async function authenticate(c: Context<AppEnv>, roles: readonly Role[]): Promise<Response | undefined> {
  const header = c.req.header('authorization') ?? '';
  const token = header.match(/^Bearer\s+([A-Za-z0-9_-]{10,200})$/i)?.[1];
  if (!token) return c.json({ error: 'missing or malformed bearer token' }, 401);
  const member = await c.get('store').memberByTokenHash(await hashToken(token));
  if (!member) {
    const wait = c.get('services').anonBuckets?.take(`bad:${clientAddress(c)}`) ?? 0;
    if (wait > 0) return tooMany(c, wait);
    return c.json({ error: 'invalid, expired or revoked token' }, 401);
  }
  const wait = c.get('services').memberBuckets?.take(member.id) ?? 0;
  if (wait > 0) return tooMany(c, wait);
  if (roles.length > 0 && !roles.includes(member.role)) {
    return c.json({ error: `role ${member.role} may not do this` }, 403);
  }
  c.set('member', member);
  return undefined;
}

/** The route middleware form of `authenticate`. */
export const requireMember = (roles: readonly Role[]) => createMiddleware<AppEnv>(async (c, next) => (await authenticate(c, roles)) ?? next());

/** Budget for routes without a token (team creation, invite acceptance), per client address. */
export const anonymousLimit = createMiddleware<AppEnv>(async (c, next) => {
  const wait = c.get('services').anonBuckets?.take(`anon:${clientAddress(c)}`) ?? 0;
  if (wait > 0) return tooMany(c, wait);
  await next();
});
