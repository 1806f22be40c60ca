import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { emptyThread } from '../../store/rows.ts';
import type { getThreadRoute, listNotesRoute, listThreadsRoute, patchThreadRoute, postNoteRoute } from './routes.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;

export const listNotes: H<typeof listNotesRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { after } = c.req.valid('query');
  const notes = await c.var.store.listNotes(c.var.member.teamId, claimKey, after);
  return c.json({ notes }, 200);
};

export const postNote: H<typeof postNoteRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const [result] = await c.var.store.addNotes(c.var.member.teamId, c.var.member, [{ ...c.req.valid('json'), claimKey }]);
  if (!result || result.conflict) return c.json({ error: 'id: already used by a different note' }, 409);
  return c.json(result.note, result.created ? 201 : 200);
};

export const getThread: H<typeof getThreadRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  return c.json((await c.var.store.getThread(c.var.member.teamId, claimKey)) ?? emptyThread(claimKey), 200);
};

export const patchThread: H<typeof patchThreadRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { baseVersion, ...fields } = c.req.valid('json');
  const team = c.var.member.teamId;
  // An assignee must belong to the caller's team; another team's id reads as unknown.
  if (fields.assigneeId && !(await c.var.store.isMember(team, fields.assigneeId))) {
    return c.json({ error: 'assigneeId: no such member in this team' }, 400);
  }
  const result = await c.var.store.updateThread(team, claimKey, baseVersion, fields, c.var.member);
  if (!result.ok) {
    return c.json({ error: `baseVersion: stale (current version is ${result.current.version})`, current: result.current }, 409);
  }
  return c.json(result.thread, 200);
};

export const listThreads: H<typeof listThreadsRoute> = async (c) =>
  c.json({ threads: await c.var.store.listThreads(c.var.member.teamId, c.req.valid('query')) }, 200);
