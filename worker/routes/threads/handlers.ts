import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import type { listNotesRoute, postNoteRoute } from './routes.ts';

export const listNotes: RouteHandler<typeof listNotesRoute, AppEnv> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { after } = c.req.valid('query');
  const notes = await c.var.store.listNotes(c.var.member.teamId, claimKey, after);
  return c.json({ notes }, 200);
};

export const postNote: RouteHandler<typeof postNoteRoute, AppEnv> = async (c) => {
  const { claimKey } = c.req.valid('param');
  const { note, created } = await c.var.store.addNote(c.var.member.teamId, claimKey, c.var.member, c.req.valid('json'));
  return c.json(note, created ? 201 : 200);
};
