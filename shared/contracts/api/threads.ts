import { createRoute, z } from '@hono/zod-openapi';
import { ClaimKey, Note, NoteInput, RootCause, ThreadPatch, ThreadState, ThreadStatus } from '../handoff.ts';
import { authErrors, body, err, json, members } from './helpers.ts';

const params = z.object({ claimKey: ClaimKey });
const member = { tags: ['threads'], ...members() };

export const listNotesRoute = createRoute({
  method: 'get',
  path: '/threads/{claimKey}/notes',
  ...member,
  summary: 'Notes of the thread for a claim key, oldest first; `after` is a cursor (seq)',
  request: { params, query: z.object({ after: z.coerce.number().int().min(0).optional() }) },
  responses: { 200: json(z.object({ notes: z.array(Note) }), 'notes'), ...authErrors },
});

export const postNoteRoute = createRoute({
  method: 'post',
  path: '/threads/{claimKey}/notes',
  ...member,
  summary: 'Append a note (body sealed in the browser); idempotent on the client-generated id',
  request: { params, ...body(NoteInput) },
  responses: {
    200: json(Note, 'already stored (replay)'),
    201: json(Note, 'stored'),
    409: err('the id is already used by a different note'),
    ...authErrors,
  },
});

export const getThreadRoute = createRoute({
  method: 'get',
  path: '/threads/{claimKey}',
  ...member,
  summary: 'Thread state; version 0 with defaults when nobody has set it yet',
  request: { params },
  responses: { 200: json(ThreadState, 'thread state'), ...authErrors },
});

export const patchThreadRoute = createRoute({
  method: 'patch',
  path: '/threads/{claimKey}',
  ...member,
  summary: 'Change thread state; `baseVersion` must equal the stored version, else 409 with the current state',
  request: { params, ...body(ThreadPatch) },
  responses: {
    200: json(ThreadState, 'updated'),
    409: json(z.object({ error: z.string(), current: ThreadState }), 'stale write: re-apply on `current`'),
    ...authErrors,
  },
});

export const listThreadsRoute = createRoute({
  method: 'get',
  path: '/threads',
  ...member,
  summary: "The team's threads with state, by due date; filter by status, assignee, root cause",
  request: { query: z.object({ status: ThreadStatus.optional(), assigneeId: z.string().uuid().optional(), rootCause: RootCause.optional() }).strict() },
  responses: { 200: json(z.object({ threads: z.array(ThreadState) }), 'threads'), ...authErrors },
});
