import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { PushNote } from '../../../shared/contracts/handoff.ts';
import type { AppEnv } from '../../app-env.ts';
import { NoteConflict } from '../../store/store.ts';
import type { pullRoute, pushRoute } from '../../../shared/contracts/api/sync.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/** The index of a note whose id came earlier in the same push with another body, else -1. */
export function repeatedId(notes: PushNote[]): number {
  const first = new Map<string, PushNote>();
  return notes.findIndex((n) => {
    const seen = first.get(n.id);
    if (!seen) return void first.set(n.id, n);
    return seen.claimKey !== n.claimKey || seen.body.iv !== n.body.iv || seen.body.ct !== n.body.ct;
  });
}

const refused = (index: number) => ({ error: `notes.${index}.id: already used by a different note; nothing of this push was stored`, index });

export const push: H<typeof pushRoute> = async (c) => {
  const { notes } = c.req.valid('json');
  const twice = repeatedId(notes);
  if (twice !== -1) return c.json(refused(twice), 409);
  let results;
  try {
    results = await c.get('store').addNotes(c.get('member').teamId, c.get('member'), notes);
  } catch (err) {
    if (err instanceof NoteConflict) return c.json(refused(err.index), 409);
    throw err;
  }
  const cursor = Math.max(0, ...results.map((r) => r.note.seq));
  return c.json({ results: results.map((r) => ({ id: r.note.id, seq: r.note.seq, created: r.created })), cursor }, 200);
};

export const pull: H<typeof pullRoute> = async (c) => {
  const { cursor, limit } = c.req.valid('query');
  const changes = await c.get('store').changesAfter(c.get('member').teamId, cursor, limit);
  const next = changes.at(-1)?.seq ?? cursor;
  return c.json({ changes, cursor: next, more: changes.length === limit }, 200);
};
