import { createRoute, z } from '@hono/zod-openapi';
import { ClaimKey, Note, NoteInput } from '../../../shared/contracts/handoff.ts';

const ErrorBody = z.object({ error: z.string() });
const params = z.object({ claimKey: ClaimKey });
const err = (description: string) => ({ content: { 'application/json': { schema: ErrorBody } }, description });

export const listNotesRoute = createRoute({
  method: 'get', path: '/threads/{claimKey}/notes', tags: ['threads'], security: [{ bearer: [] }],
  summary: 'Notes of the thread for a claim key, oldest first; `after` is a cursor (seq)',
  request: { params, query: z.object({ after: z.coerce.number().int().min(0).optional() }) },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ notes: z.array(Note) }) } }, description: 'notes' },
    400: err('invalid claim key or cursor'), 401: err('no valid token'),
  },
});

export const postNoteRoute = createRoute({
  method: 'post', path: '/threads/{claimKey}/notes', tags: ['threads'], security: [{ bearer: [] }],
  summary: 'Append a note (body sealed in the browser); idempotent on the client-generated id',
  request: { params, body: { content: { 'application/json': { schema: NoteInput } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: Note } }, description: 'already stored (replay)' },
    201: { content: { 'application/json': { schema: Note } }, description: 'stored' },
    400: err('invalid body'), 401: err('no valid token'),
  },
});
