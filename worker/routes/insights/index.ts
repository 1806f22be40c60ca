import { ApiRoutes } from '../api-routes.ts';
import * as h from './handlers.ts';
import * as r from './routes.ts';

/**
 * Practice insights. Leads and billers see the whole team (they work the denials and the money);
 * a coder sees only their own coding accuracy, at /insights/accuracy.
 */
export const insightRoutes = new ApiRoutes();
insightRoutes.openapi(r.insightsRoute, h.getInsights);
insightRoutes.openapi(r.insightsCsvRoute, h.getInsightsCsv);
insightRoutes.openapi(r.accuracyRoute, h.getAccuracy);
