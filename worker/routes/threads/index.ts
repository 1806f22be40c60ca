import * as r from '../../../shared/contracts/api/threads.ts';
import { guard, routeGroup } from '../group.ts';
import * as h from './handlers.ts';

export const threads = routeGroup()
  .openapi(guard(r.listThreadsRoute), h.listThreads)
  .openapi(guard(r.listNotesRoute), h.listNotes)
  .openapi(guard(r.postNoteRoute), h.postNote)
  .openapi(guard(r.getThreadRoute), h.getThread)
  .openapi(guard(r.patchThreadRoute), h.patchThread);
