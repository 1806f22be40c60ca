import type { Insights } from '../../../shared/denials/insights.ts';
import type { TeamSettings } from '../../../shared/sync/invite.ts';

export interface InsightFilters {
  from: string;
  to: string;
  payer: string;
  person: string;
}
export type InsightsReply = Insights & { asOf: string; options: { payers: string[]; people: string[] } };
export const noFilters: InsightFilters = { from: '', to: '', payer: '', person: '' };

/** Only the filters that are set, in a stable order (the same query for the page and the CSV). */
export function filterQuery(f: InsightFilters): string {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'payer', 'person'] as const) if (f[k].trim()) q.set(k, f[k].trim());
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The worker's words for a refusal, or a plain sentence when it sent none. */
async function failure(res: Response): Promise<Error> {
  if (res.status === 403) return new Error('Insights are for leads and billers. Coders see their own suggestion record in Options.');
  if (res.status === 401) return new Error('The worker no longer accepts this browser\'s token: join the team again in Options.');
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  return new Error(`The worker answered HTTP ${res.status}${body?.error ? `: ${body.error}` : ''}`);
}

async function get(team: TeamSettings, path: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(new URL(path, team.workerUrl), { headers: { authorization: `Bearer ${team.token}` } });
  } catch {
    throw new Error(`The team's worker ${team.workerUrl} is not reachable.`);
  }
  if (!res.ok) throw await failure(res);
  return res;
}

export const fetchInsights = async (team: TeamSettings, f: InsightFilters): Promise<InsightsReply> =>
  (await (await get(team, `/insights${filterQuery(f)}`)).json()) as InsightsReply;

/** Downloads the CSV with the bearer token (a plain link could not send it) and saves it as a file. */
export async function downloadCsv(team: TeamSettings, f: InsightFilters): Promise<number> {
  const blob = await (await get(team, `/insights.csv${filterQuery(f)}`)).blob();
  const rows = Math.max(0, (await blob.text()).split('\r\n').filter(Boolean).length - 1);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `chartside-denials${f.payer ? `-${f.payer.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return rows;
}
