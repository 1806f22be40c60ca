import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { codingAccuracy, insights, recordFilter } from '../../../shared/denials/insights.ts';
import { toCsv } from '../../../shared/denials/insights-csv.ts';
import type { AppEnv } from '../../app-env.ts';
import type { accuracyRoute, insightsCsvRoute, insightsRoute } from '../../../shared/contracts/api/insights.ts';

type H<R extends RouteConfig> = RouteHandler<R, AppEnv>;
const today = () => new Date().toISOString().slice(0, 10);

export const getInsights: H<typeof insightsRoute> = async (c) => {
  const { asOf = today(), ...filter } = c.req.valid('query');
  const rows = await c.get('services').insights.rows(c.get('member').teamId);
  const body = insights(rows.denials, rows.decisions, filter, asOf);
  return c.json({ ...body, asOf, options: rows.options }, 200);
};

export const getInsightsCsv: H<typeof insightsCsvRoute> = async (c) => {
  const { asOf: _asOf, ...filter } = c.req.valid('query');
  const rows = await c.get('services').insights.rows(c.get('member').teamId);
  c.header('Content-Disposition', `attachment; filename="denials-${today()}.csv"`);
  return c.body(toCsv(rows.denials.filter(recordFilter(filter))), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
};

export const getAccuracy: H<typeof accuracyRoute> = async (c) => {
  const { asOf: _asOf, ...filter } = c.req.valid('query');
  const me = c.get('member');
  const { decisions } = await c.get('services').insights.rows(me.teamId);
  // A coder sees their own record only: by member id, whatever name or person filter is asked for.
  if (me.role === 'coder')
    return c.json(
      codingAccuracy(
        decisions.filter((d) => d.coderId === me.id),
        { ...filter, person: undefined },
      ),
      200,
    );
  return c.json(codingAccuracy(decisions, filter), 200);
};
