import { ApiRoutes } from '../api-routes.ts';
import * as h from './handlers.ts';
import * as r from './routes.ts';

/** Practice insights; who may see what is declared on each route (routes.ts). */
export const insightRoutes = new ApiRoutes();
insightRoutes.openapi(r.insightsRoute, h.getInsights);
insightRoutes.openapi(r.insightsCsvRoute, h.getInsightsCsv);
insightRoutes.openapi(r.accuracyRoute, h.getAccuracy);
