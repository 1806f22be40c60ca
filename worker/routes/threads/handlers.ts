import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { emptyThread } from '../../store/rows.ts';
import { NoteConflict } from '../../store/store.ts';
import type { getThreadRoute, listNotesRoute, listThreadsRoute, patchThreadRoute, postNoteRoute } from '../../../shared/contracts/api/threads.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;

export const listNotes: H<typeof listNotesRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { after } = c.req.valid('query');
  const notes = await c.get('store').listNotes(c.get('member').teamId, claimKey, after);
  return c.json({ notes }, 200);
};

export const postNote: H<typeof postNoteRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  let result;
  try {
    [result] = await c.get('store').addNotes(c.get('member').teamId, c.get('member'), [{ ...c.req.valid('json'), claimKey }]);
  } catch (err) {
    if (err instanceof NoteConflict) return c.json({ error: 'id: already used by a different note' }, 409);
    throw err;
  }
  if (!result) throw new Error('the store answered no result for one note');
  return c.json(result.note, result.created ? 201 : 200);
};

export const getThread: H<typeof getThreadRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  return c.json((await c.get('store').getThread(c.get('member').teamId, claimKey)) ?? emptyThread(claimKey), 200);
};

export const patchThread: H<typeof patchThreadRoute> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { baseVersion, ...fields } = c.req.valid('json');
  const team = c.get('member').teamId;
  // An assignee must belong to the caller's team; another team's id reads as unknown.
  if (fields.assigneeId && !(await c.get('store').isMember(team, fields.assigneeId))) {
    return c.json({ error: 'assigneeId: no such member in this team' }, 400);
  }
  const result = await c.get('store').updateThread(team, claimKey, baseVersion, fields, c.get('member'));
  if (!result.ok) {
    return c.json({ error: `baseVersion: stale (current version is ${result.current.version})`, current: result.current }, 409);
  }
  return c.json(result.thread, 200);
};

export const listThreads: H<typeof listThreadsRoute> = async (c) =>
  c.json({ threads: await c.get('store').listThreads(c.get('member').teamId, c.req.valid('query')) }, 200);
