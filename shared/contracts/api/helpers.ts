import { z } from '@hono/zod-openapi';
import type { Role } from '../handoff.ts';

/** Small builders for route definitions, so each route file stays a readable table. */
export const ErrorBody = z.object({ error: z.string() });
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
export const err = (description: string) => json(ErrorBody, description);
export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const authErrors = {
  400: err('invalid request (the message names the field)'),
  401: err('missing, invalid, expired or revoked token'),
  429: err('rate limit exceeded (see Retry-After)'),
};

/**
 * A route for members only: the bearer scheme in its OpenAPI config is both the documentation and
 * the check (ApiRoutes runs auth.ts for it), so a route cannot be documented as protected and
 * served open. With roles, only those may call it (`x-roles` in the document).
 */
export const members = (...roles: Role[]) => ({ security: [{ bearer: [] }], ...(roles.length > 0 ? { 'x-roles': roles } : {}) });
