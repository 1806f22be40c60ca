import { createRoute, z } from '@hono/zod-openapi';
import { SyncPull, SyncPush, SyncPushResponse } from '../handoff.ts';
import { authErrors, body, err, json, members } from './helpers.ts';

const member = { tags: ['sync'], ...members() };
export const Cursor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const pushRoute = createRoute({
  method: 'post',
  path: '/sync/push',
  ...member,
  summary: 'Push up to 100 notes at once; idempotent per note id (a replay reports created: false)',
  request: body(SyncPush),
  responses: {
    200: json(SyncPushResponse, 'stored; results in request order'),
    409: json(z.object({ error: z.string(), index: z.number().int() }), 'note `index` reuses an id with another body: nothing of the push is stored'),
    ...authErrors,
  },
});

export const pullRoute = createRoute({
  method: 'get',
  path: '/sync/pull',
  ...member,
  summary: "The team's changes (notes and thread states) after a cursor, in seq order",
  request: { query: z.object({ cursor: Cursor.default(0), limit: z.coerce.number().int().min(1).max(500).default(200) }).strict() },
  responses: { 200: json(SyncPull, 'changes; pass `cursor` back; `more` says another page is waiting'), ...authErrors },
});

export const eventsRoute = createRoute({
  method: 'get',
  path: '/sync/events',
  ...member,
  summary: 'Live changes as Server-Sent Events (event: note | thread, id: seq); resumes after Last-Event-ID or ?cursor',
  request: { query: z.object({ cursor: Cursor.optional() }).strict() },
  responses: {
    200: { content: { 'text/event-stream': { schema: z.string() } }, description: 'event stream; `data` is a Change' },
    ...authErrors,
    429: err('too many live streams for this member'),
  },
});
