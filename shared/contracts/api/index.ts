import type { OpenAPIHono } from '@hono/zod-openapi';
import type * as denials from './denials.ts';
import type * as health from './health.ts';
import type * as insights from './insights.ts';
import type * as sync from './sync.ts';
import type * as teams from './teams.ts';
import type * as threads from './threads.ts';

type Entry<R> = { route: R; handler: unknown };

declare const app: OpenAPIHono;

/**
 * The worker's API as a Hono schema type, built from the route definitions alone (the same ones
 * the worker serves with its handlers): what the typed client (shared/sync/worker-client.ts) is
 * checked against. A route added here and not to the worker fails the route-walk test; a route
 * whose schema changes breaks every caller that no longer fits it at compile time.
 */
export type WorkerApi = ReturnType<
  typeof app.openapiRoutes<
    [
      Entry<typeof health.healthRoute>,
      Entry<typeof teams.createTeamRoute>,
      Entry<typeof teams.createMemberRoute>,
      Entry<typeof teams.listMembersRoute>,
      Entry<typeof teams.revokeMemberRoute>,
      Entry<typeof teams.createInviteRoute>,
      Entry<typeof teams.acceptInviteRoute>,
      Entry<typeof teams.meRoute>,
      Entry<typeof threads.listThreadsRoute>,
      Entry<typeof threads.listNotesRoute>,
      Entry<typeof threads.postNoteRoute>,
      Entry<typeof threads.getThreadRoute>,
      Entry<typeof threads.patchThreadRoute>,
      Entry<typeof sync.pushRoute>,
      Entry<typeof sync.pullRoute>,
      Entry<typeof sync.eventsRoute>,
      Entry<typeof denials.memoryRoute>,
      Entry<typeof denials.recentDenialsRoute>,
      Entry<typeof denials.pushDenialsRoute>,
      Entry<typeof denials.patchDenialRoute>,
      Entry<typeof denials.pushDecisionsRoute>,
      Entry<typeof insights.insightsRoute>,
      Entry<typeof insights.insightsCsvRoute>,
      Entry<typeof insights.accuracyRoute>,
    ]
  >
>;
