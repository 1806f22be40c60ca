import { useEffect, useState } from 'preact/hooks';
import type { TeamSettings } from '../../../shared/sync/invite.ts';
import { loadTeam } from '../../services/team.ts';
import { downloadCsv, fetchInsights, type InsightFilters, type InsightsReply, noFilters } from './api.ts';
import { FilterBar } from './filters.tsx';
import { InsightsView } from './insights-view.tsx';

/** The practice manager's page: where denials start, what is at stake, and how coding holds up. */
export function InsightsPage() {
  const [team, setTeam] = useState<TeamSettings | null | undefined>(undefined);
  const [filters, setFilters] = useState<InsightFilters>(noFilters);
  const [reply, setReply] = useState<InsightsReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [csv, setCsv] = useState<string>('');

  useEffect(() => void loadTeam().then(setTeam, () => setTeam(null)), []);
  useEffect(() => {
    if (!team) return;
    setBusy(true);
    fetchInsights(filters)
      .then(
        (r) => (setReply(r), setError(null)),
        (e: Error) => setError(e.message),
      )
      .finally(() => setBusy(false));
  }, [team, filters]);

  const exportCsv = async () => {
    if (!team) return;
    setCsv('Preparing the CSV…');
    try {
      const rows = await downloadCsv(filters);
      setCsv(`Exported ${rows.toLocaleString('en-US')} denial${rows === 1 ? '' : 's'} as CSV.`);
    } catch (e) {
      setCsv((e as Error).message);
    }
  };

  return (
    <main class="insights" aria-busy={busy}>
      <header class="top">
        <h1>Denial insights</h1>
        {reply && (
          <p class="muted" id="as-of">
            Figures as of {reply.asOf}; open denials are aged against their deadlines.
          </p>
        )}
      </header>
      {team === null && (
        <p class="error" role="alert">
          Join your team in Chartside's options first: insights come from the team's worker.
        </p>
      )}
      {team && (
        <div class="toolbar">
          <FilterBar value={filters} payers={reply?.options.payers ?? []} people={reply?.options.people ?? []} onApply={(f) => (setCsv(''), setFilters(f))} />
          <button type="button" id="export-csv" onClick={() => void exportCsv()} disabled={!reply}>
            Export CSV
          </button>
          <p id="csv-status" class="muted" role="status">
            {csv}
          </p>
        </div>
      )}
      {error && (
        <p class="error" role="alert" id="insights-error">
          {error}
        </p>
      )}
      {reply && <InsightsView data={reply} />}
    </main>
  );
}
