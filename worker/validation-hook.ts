import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';

/** A request that fails its schema gets 400 naming the first field at fault, never a 500. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(body)';
  return c.json({ error: `${field}: ${issue?.message ?? 'invalid'}` }, 400);
};
