import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send.ts';
import type { ResponseMap } from '../messaging/protocol.ts';
import { FlagList } from './flag-list.tsx';
import { SuggestionList } from './suggestion-list.tsx';

/** The side panel lists the same results as the overlay for the active tab (or the latest page). */
export function SidePanel() {
  const [results, setResults] = useState<ResponseMap['latestResults'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => send('latestResults', {}).then(setResults, (e: Error) => setError(e.message));
    void refresh();
    const timer = setInterval(refresh, 2000);
    return () => clearInterval(timer);
  }, []);
  return (
    <main class="page">
      <h1>Chartside</h1>
      <nav>
        <a href="insights.html" target="_blank" rel="noopener">
          Denial insights
        </a>{' '}
        ·{' '}
        <a href="options.html" target="_blank" rel="noopener">
          Options
        </a>
      </nav>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {results === null && <p>Loading…</p>}
      {results && !results.suggest && !results.flags && <p>Open a chart note or a claim to see codes and denial risks.</p>}
      {results?.url && <p class="muted">{results.url}</p>}
      {results?.suggest && <SuggestionList result={results.suggest} />}
      {results?.flags && <FlagList flags={results.flags} />}
    </main>
  );
}
