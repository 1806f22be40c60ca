import { ApiRoutes } from '../api-routes.ts';
import { liveEvents } from './events.ts';
import { pull, push } from './handlers.ts';
import { eventsRoute, pullRoute, pushRoute } from './routes.ts';

export const sync = new ApiRoutes();
sync.openapi(pushRoute, push);
sync.openapi(pullRoute, pull);
sync.openapi(eventsRoute, (c) => {
  const header = c.req.header('last-event-id');
  const query = c.req.valid('query').cursor;
  // Last-Event-ID (sent by EventSource on reconnect) wins over the cursor the client started with.
  if (header !== undefined && !/^\d{1,15}$/.test(header)) return c.json({ error: 'Last-Event-ID: must be a seq number' }, 400);
  return liveEvents(c, header !== undefined ? Number(header) : query ?? 0) as never;
});
