import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { disableSite, enableSite, enabledSites, originPattern } from '../../settings/site-access.ts';

/** Sites Chartside may read: each is granted at runtime, so the installed permissions stay minimal. */
export function SitesSection() {
  const [sites, setSites] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = () => enabledSites().then(setSites, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const pattern = originPattern(draft);
      // Must run in the click's user gesture: the browser shows its own permission prompt.
      if (!(await browser.permissions.request({ origins: [pattern] }))) throw new Error(`access to ${pattern} was not granted`);
      await enableSite(pattern);
      setDraft('');
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <p class="muted">Local pages (127.0.0.1, localhost) are always on. Add your EHR and payer portals here.</p>
      <ul id="sites">
        {sites.map((s) => (
          <li key={s}>{s} <button type="button" onClick={() => void disableSite(s).then(reload)}>Remove</button></li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label for="site">Site address</label>
        <input id="site" value={draft} placeholder="https://portal.example.com" onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit" disabled={!draft.trim()}>Enable site</button>
        {error && <p class="error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
