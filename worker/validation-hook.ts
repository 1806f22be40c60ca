import type { Context } from 'hono';

interface Refused {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}

/** A request that fails its schema gets 400 naming the first field at fault, never a 500. */
export function invalid(c: Context, result: Refused) {
  const issue = result.error?.issues[0];
  const field = issue?.path.map(String).join('.') || '(body)';
  return c.json({ error: `${field}: ${issue?.message ?? 'invalid'}` }, 400);
}
