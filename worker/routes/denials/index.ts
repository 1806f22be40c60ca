import { ApiRoutes } from '../api-routes.ts';
import * as h from './handlers.ts';
import * as r from './routes.ts';

/** Denial records, denial memory and coding decisions: every member of the team (coder, biller, lead). */
export const denials = new ApiRoutes();
denials.openapi(r.memoryRoute, h.memory);
denials.openapi(r.recentDenialsRoute, h.recentDenials);
denials.openapi(r.pushDenialsRoute, h.pushDenials);
denials.openapi(r.patchDenialRoute, h.patchDenial);
denials.openapi(r.pushDecisionsRoute, h.pushDecisions);
