import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SettingsView } from '../../messaging/protocol.ts';
import { disableSite, enableSite, enabledSites, originPattern } from '../../settings/site-access.ts';
import { siteLabel } from '../popup/page-kind.ts';
import { Locked } from './locked.tsx';

/** Asks the browser for one origin (inside the click's user gesture: it shows its own prompt), then turns it on. */
async function allow(pattern: string): Promise<void> {
  if (!(await browser.permissions.request({ origins: [pattern] }))) throw new Error(`access to ${siteLabel(pattern)} was not granted`);
  await enableSite(pattern);
}

/**
 * Sites Chartside may read: each is granted at runtime, so the installed permissions stay minimal.
 * Sites the organization listed are marked; those the user has not yet allowed wait for one click.
 */
export function SitesSection({ view }: { view: SettingsView | null }) {
  const [sites, setSites] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reload = () => enabledSites().then(setSites, (e: Error) => setError(e.message));
  useEffect(() => void reload(), [view]); // the policy's sites may have just been turned on
  const managed = new Set(
    (view?.managed.sites ?? []).flatMap((s) => {
      try {
        return [originPattern(s)];
      } catch {
        return [];
      }
    }),
  );
  const pending = [...managed].filter((s) => !sites.includes(s));
  const act = async (what: () => Promise<void>, done: string) => {
    setError(null);
    try {
      await what();
      setStatus(done);
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const add = (e: Event) => {
    e.preventDefault();
    void act(async () => {
      await allow(originPattern(draft));
      setDraft('');
    }, `Enabled ${draft}`);
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <p class="muted">
        Local pages (127.0.0.1, localhost) are always on. On any other page, the toolbar button runs Chartside once; sites listed here run every time.
      </p>
      <ul id="sites" aria-label="Sites Chartside runs on">
        {sites.map((s) => (
          <li key={s} data-site={s}>
            {siteLabel(s)}{' '}
            {managed.has(s) ? (
              <Locked id={`locked-${s}`} />
            ) : (
              <button type="button" aria-label={`Revoke ${siteLabel(s)}`} onClick={() => void act(() => disableSite(s), `Revoked ${siteLabel(s)}`)}>
                Revoke
              </button>
            )}
          </li>
        ))}
        {pending.map((s) => (
          <li key={s} data-site={s} data-pending="true">
            {siteLabel(s)} <Locked id={`locked-${s}`} />{' '}
            <button type="button" aria-label={`Allow ${siteLabel(s)}`} onClick={() => void act(() => allow(s), `Enabled ${siteLabel(s)}`)}>
              Allow
            </button>
            <span class="muted"> waiting for your OK</span>
          </li>
        ))}
      </ul>
      {sites.length === 0 && pending.length === 0 && <p>No sites yet.</p>}
      <form onSubmit={add}>
        <label for="site">Site address</label>
        <input id="site" value={draft} placeholder="https://portal.example.com" onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={!draft.trim()}>
          Enable site
        </button>
      </form>
      {status && <p role="status">{status}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
