import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Role } from '../../shared/contracts/handoff.ts';
import type { AppEnv } from '../app-env.ts';
import { anonymousLimit, requireMember } from '../auth.ts';

interface Refused {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}

/** A request that fails its schema gets 400 naming the first field at fault, never a 500. */
export function invalid(result: Refused, c: Context) {
  if (result.success) return undefined;
  const issue = result.error?.issues[0];
  const field = issue?.path.map(String).join('.') || '(body)';
  return c.json({ error: `${field}: ${issue?.message ?? 'invalid'}` }, 400);
}

/** A group of routes: stock OpenAPIHono, with refusals that name the field. */
export const routeGroup = () => new OpenAPIHono<AppEnv>({ defaultHook: invalid });

/**
 * The route with its guard in front of validation: a route whose definition declares the bearer
 * scheme (`members()` in shared/contracts/api/helpers.ts) is for members, of the roles it lists;
 * any other is open and rate-limited per client address. The document and the check cannot disagree.
 */
export function guard<R extends RouteConfig>(route: R): R {
  const bearer = route.security?.some((s) => 'bearer' in s) ?? false;
  const roles = (route as { 'x-roles'?: Role[] })['x-roles'] ?? [];
  return { ...route, middleware: [bearer ? requireMember(roles) : anonymousLimit] };
}
