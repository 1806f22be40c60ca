import { z } from '@hono/zod-openapi';

/** Small builders for route definitions, so each route file stays a readable table. */
export const ErrorBody = z.object({ error: z.string() });
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } }, description,
});
export const err = (description: string) => json(ErrorBody, description);
export const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const authErrors = {
  400: err('invalid request (the message names the field)'),
  401: err('missing, invalid, expired or revoked token'),
  429: err('rate limit exceeded (see Retry-After)'),
};
