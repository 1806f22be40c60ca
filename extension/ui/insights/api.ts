import type { InsightsReply } from '../../messaging/protocol.ts';
import { send } from '../../messaging/send.ts';

export interface InsightFilters {
  from: string;
  to: string;
  payer: string;
  person: string;
}
export type { InsightsReply };
export const noFilters: InsightFilters = { from: '', to: '', payer: '', person: '' };

/** Only the filters that are set, trimmed (the same ones for the page and the CSV). */
export function activeFilters(f: InsightFilters): Partial<InsightFilters> {
  return Object.fromEntries((['from', 'to', 'payer', 'person'] as const).filter((k) => f[k].trim()).map((k) => [k, f[k].trim()]));
}

/** The figures, through the background (which holds the team's token and the one worker client). */
export const fetchInsights = (f: InsightFilters): Promise<InsightsReply> => send('insights', { filters: activeFilters(f) });

/** Fetches the CSV through the background and saves it as a file; returns its row count. */
export async function downloadCsv(f: InsightFilters): Promise<number> {
  const { csv } = await send('insightsCsv', { filters: activeFilters(f) });
  const rows = Math.max(0, csv.split('\r\n').filter(Boolean).length - 1);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `chartside-denials${f.payer ? `-${f.payer.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return rows;
}
