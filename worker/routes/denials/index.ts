import * as r from '../../../shared/contracts/api/denials.ts';
import { guard, routeGroup } from '../group.ts';
import * as h from './handlers.ts';

/** Denial records, denial memory and coding decisions: every member of the team (coder, biller, lead). */
export const denials = routeGroup()
  .openapi(guard(r.memoryRoute), h.memory)
  .openapi(guard(r.recentDenialsRoute), h.recentDenials)
  .openapi(guard(r.pushDenialsRoute), h.pushDenials)
  .openapi(guard(r.patchDenialRoute), h.patchDenial)
  .openapi(guard(r.pushDecisionsRoute), h.pushDecisions);
