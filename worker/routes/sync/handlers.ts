import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import type { pullRoute, pushRoute } from './routes.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;

export const push: H<typeof pushRoute> = async (c) => {
  const { notes } = c.req.valid('json');
  const results = await c.get('store').addNotes(c.get('member').teamId, c.get('member'), notes);
  const conflict = results.findIndex((r) => r.conflict);
  if (conflict !== -1) return c.json({ error: `notes.${conflict}.id: already used by a different note` }, 409);
  const cursor = Math.max(0, ...results.map((r) => r.note.seq));
  return c.json({ results: results.map((r) => ({ id: r.note.id, seq: r.note.seq, created: r.created })), cursor }, 200);
};

export const pull: H<typeof pullRoute> = async (c) => {
  const { cursor, limit } = c.req.valid('query');
  const changes = await c.get('store').changesAfter(c.get('member').teamId, cursor, limit);
  const next = changes.at(-1)?.seq ?? cursor;
  return c.json({ changes, cursor: next, more: changes.length === limit }, 200);
};
