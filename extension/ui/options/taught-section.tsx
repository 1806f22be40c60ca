import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { forgetTaught, teachSteps, type TaughtPage } from '../../adapters/taught.ts';

const prefix = 'taught:';

/** What "Teach this page" stored, per site: the places pointed at (selectors, never page text), each undoable. */
export function TaughtSection() {
  const [taught, setTaught] = useState<[string, TaughtPage][] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const reload = async () => {
    const all = await browser.storage.local.get(null);
    setTaught(Object.entries(all).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v as TaughtPage]));
  };
  useEffect(() => void reload(), []);
  const undo = async (origin: string) => {
    await forgetTaught(origin);
    setStatus(`Forgot what was taught on ${origin}; Chartside reads it on its own again.`);
    await reload();
  };
  if (taught === null) return null;
  return (
    <section aria-labelledby="taught-h">
      <h2 id="taught-h">Taught pages</h2>
      {taught.length === 0 && <p>Nothing taught yet. On a page Chartside reads wrongly, use "Teach this page" in its panel.</p>}
      <ul id="taught">
        {taught.map(([origin, page]) => (
          <li key={origin} data-origin={origin}>
            {origin}: {(Object.keys(teachSteps) as (keyof typeof teachSteps)[]).filter((k) => page[k]).map((k) => label[k]).join(', ')}{' '}
            <button type="button" aria-label={`Undo teaching on ${origin}`} onClick={() => void undo(origin)}>Undo</button>
          </li>
        ))}
      </ul>
      {status && <p role="status">{status}</p>}
    </section>
  );
}

const label: Record<keyof typeof teachSteps, string> = { note: 'the note area', memberId: 'the member ID', dateOfService: 'the date of service' };
