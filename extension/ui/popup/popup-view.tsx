import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/send.ts';
import type { ActionView } from '../../messaging/protocol.ts';
import { enableSite } from '../../settings/site-access.ts';
import { FlagList } from '../flag-list.tsx';
import { SuggestionList } from '../suggestion-list.tsx';
import { pageKindOf, siteLabel } from './page-kind.ts';

const refreshMs = 1000;

/**
 * The toolbar popup: opening it runs Chartside on this tab (the click granted activeTab), then
 * shows what the page is and what was found, and offers to run on this site every time.
 */
export function PopupView() {
  const [view, setView] = useState<ActionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    // One run at a time, then again a moment later: results arrive as the page is read.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () =>
      void send('actionRun', {})
        .then(setView, (e: Error) => setError(e.message))
        .finally(() => (timer = setTimeout(refresh, refreshMs)));
    refresh();
    return () => clearTimeout(timer);
  }, []);
  const always = async () => {
    if (!view?.site) return;
    setError(null);
    try {
      // In the click's user gesture: the browser asks the user for this one origin.
      if (!(await browser.permissions.request({ origins: [view.site] }))) throw new Error(`access to ${siteLabel(view.site)} was not granted`);
      await enableSite(view.site);
      setStatus(`Chartside now runs on ${siteLabel(view.site)} every time. Revoke it in Options.`);
      setView({ ...view, alwaysOn: true, managedPending: false });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const kind = view ? pageKindOf(view) : undefined;
  return (
    <main class="page popup" aria-live="polite">
      <h1>Chartside</h1>
      {view === null && !error && <p>Reading this page…</p>}
      {view?.error && (
        <p class="error" role="alert" id="popup-error">
          {view.error}
        </p>
      )}
      {view && !view.error && (
        <p id="page-kind" data-page-kind={kind ?? ''}>
          {view.site && <span class="muted">{siteLabel(view.site)}: </span>}
          {kind ? `this page is ${describe[kind] ?? kind}` : 'reading the page…'}
        </p>
      )}
      {view?.site && !view.alwaysOn && (
        <p>
          <button type="button" id="always-run" onClick={() => void always()}>
            Always run on {siteLabel(view.site)}
          </button>
          {view.managedPending && <span class="muted"> Your organization set Chartside up for this site: allow it once.</span>}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {view?.suggest && <SuggestionList result={view.suggest} />}
      {view?.flags && <FlagList flags={view.flags} />}
      <nav>
        <a href="options.html" target="_blank" rel="noopener">
          Options
        </a>{' '}
        ·{' '}
        <a href="insights.html" target="_blank" rel="noopener">
          Denial insights
        </a>
      </nav>
    </main>
  );
}

const describe: Record<string, string> = {
  note: 'a clinical note: codes are suggested',
  claim: 'a claim: denial risks are checked',
  eligibility: 'an eligibility screen: coverage is read',
  remittance: 'a remittance or claim status: denials are triaged',
  other: 'not a note, claim or remittance: nothing to code here',
};
