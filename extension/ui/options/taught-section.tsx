import { useEffect, useState } from 'preact/hooks';
import { forgetTaught, listTaught, saveTaught, type TaughtPage } from '../../settings/taught.ts';

const parts: [keyof TaughtPage, string][] = [
  ['note', 'Note area'],
  ['memberId', 'Member ID'],
  ['dateOfService', 'Date of service'],
  ['claim', 'Claim fields'],
  ['kind', 'Page kind'],
];

/** A taught part as shown: a selector, the chosen page kind, or the claim fields pointed at. */
const shown = (value: TaughtPage[keyof TaughtPage]) => (typeof value === 'object' && value ? Object.keys(value).join(', ') : String(value));

/**
 * What the user taught Chartside on each site ("Teach this page"): where the note area and the
 * claim fields are, as page locations (never page text). Each part can be undone here.
 */
export function TaughtSection() {
  const [sites, setSites] = useState<{ origin: string; taught: TaughtPage }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reload = () => listTaught().then(setSites, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  const forgetPart = async (origin: string, taught: TaughtPage, part: keyof TaughtPage) => {
    const rest: TaughtPage = { ...taught };
    delete rest[part];
    const left = parts.some(([k]) => rest[k]);
    await (left ? saveTaught(origin, rest) : forgetTaught(origin));
    await reload();
  };
  const forgetSite = async (origin: string) => {
    await forgetTaught(origin);
    setStatus(`Forgot what was taught on ${origin}; Chartside reads it on its own again.`);
    await reload();
  };
  return (
    <section aria-labelledby="taught-h">
      <h2 id="taught-h">Taught pages</h2>
      {sites.length === 0 && (
        <p class="muted" id="taught-none">
          Nothing taught yet. Use “Teach this page” in the panel on a site Chartside reads wrongly.
        </p>
      )}
      <ul id="taught">
        {sites.map(({ origin, taught }) => (
          <li key={origin} data-origin={origin}>
            <strong>{origin}</strong>
            {taught.taughtAt && <span class="muted"> · taught {new Date(taught.taughtAt).toLocaleString()}</span>}
            <ul>
              {parts
                .filter(([k]) => taught[k])
                .map(([k, label]) => (
                  <li key={k} data-part={k}>
                    {label}: <code>{shown(taught[k])}</code>{' '}
                    <button type="button" onClick={() => void forgetPart(origin, taught, k).catch((e: Error) => setError(e.message))}>
                      Forget {label.toLowerCase()}
                    </button>
                  </li>
                ))}
            </ul>
            <button type="button" class="forget-site" aria-label={`Undo teaching on ${origin}`} onClick={() => void forgetSite(origin)}>
              Forget all for this site
            </button>
          </li>
        ))}
      </ul>
      {status && <p role="status">{status}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
