import * as r from '../../../shared/contracts/api/insights.ts';
import { guard, routeGroup } from '../group.ts';
import * as h from './handlers.ts';

/** Practice insights; who may see what is declared on each route (shared/contracts/api/insights.ts). */
export const insightRoutes = routeGroup()
  .openapi(guard(r.insightsRoute), h.getInsights)
  .openapi(guard(r.insightsCsvRoute), h.getInsightsCsv)
  .openapi(guard(r.accuracyRoute), h.getAccuracy);
