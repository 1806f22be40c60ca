import { ApiRoutes } from '../api-routes.ts';
import * as h from './handlers.ts';
import * as r from './routes.ts';

export const threads = new ApiRoutes();
threads.openapi(r.listThreadsRoute, h.listThreads);
threads.openapi(r.listNotesRoute, h.listNotes);
threads.openapi(r.postNoteRoute, h.postNote);
threads.openapi(r.getThreadRoute, h.getThread);
threads.openapi(r.patchThreadRoute, h.patchThread);
