import type { z } from 'zod';
import type { InsightQuery } from '../../shared/contracts/api/insights.ts';
import { refusal } from '../../shared/sync/worker-client.ts';
import type { InsightsReply } from '../messaging/protocol.ts';
import { loadTeam } from './team.ts';
import { call } from './worker-api.ts';

type Filters = z.input<typeof InsightQuery>;

async function joined() {
  const team = await loadTeam();
  if (!team) throw new Error("Join your team in Chartside's options first: insights come from the team's worker.");
  return team;
}

/** The worker's words for a refusal, or a plain sentence when it sent none. */
async function failure(res: { status: number; clone(): Response }): Promise<Error> {
  if (res.status === 403) return new Error('Insights are for leads and billers. Coders see their own suggestion record in Options.');
  const why = await refusal(res);
  return new Error(`The worker answered HTTP ${res.status}${why ? `: ${why}` : ''}`);
}

/** The insights page's figures, fetched by the background for the page (it holds the token). */
export async function insightsFor(filters: Filters): Promise<InsightsReply> {
  const res = await call(await joined(), (c) => c.insights.$get({ query: filters }));
  if (res.status !== 200) throw await failure(res);
  return res.json();
}

/** The filtered denial records as CSV text. */
export async function insightsCsv(filters: Filters): Promise<{ csv: string }> {
  const res = await call(await joined(), (c) => c['insights.csv'].$get({ query: filters }));
  if (res.status !== 200) throw await failure(res);
  return { csv: await res.text() };
}
