import { eventsRoute, pullRoute, pushRoute } from '../../../shared/contracts/api/sync.ts';
import { guard, routeGroup } from '../group.ts';
import { liveEvents } from './events.ts';
import { pull, push } from './handlers.ts';

export const sync = routeGroup()
  .openapi(guard(pushRoute), push)
  .openapi(guard(pullRoute), pull)
  .openapi(guard(eventsRoute), (c) => {
    const header = c.req.header('last-event-id');
    const query = c.req.valid('query').cursor;
    // Last-Event-ID (sent by EventSource on reconnect) wins over the cursor the client started with.
    if (header !== undefined && !/^\d{1,15}$/.test(header)) return c.json({ error: 'Last-Event-ID: must be a seq number' }, 400);
    return liveEvents(c, header !== undefined ? Number(header) : (query ?? 0));
  });
