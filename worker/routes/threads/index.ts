import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { requireMember } from '../../auth.ts';
import { validationHook } from '../../validation-hook.ts';
import { listNotes, postNote } from './handlers.ts';
import { listNotesRoute, postNoteRoute } from './routes.ts';

export const threads = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
threads.use('/threads/*', requireMember());
threads.openapi(listNotesRoute, listNotes);
threads.openapi(postNoteRoute, postNote);
