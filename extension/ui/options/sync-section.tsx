import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/send.ts';
import type { SettingsView } from '../../messaging/protocol.ts';
import { Locked } from './locked.tsx';

/** The ICD-10-CM years shipped in this build, from the code-set manifest. */
async function shippedYears(): Promise<string[]> {
  const url = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/codesets/manifest.json');
  const manifest = (await (await fetch(url)).json()) as { icd10cm?: { year: string }[] };
  return (manifest.icd10cm ?? []).map((y) => y.year);
}

/** Whether anything is sent to the team's worker, and the code-set year for undated pages. */
export function SyncSection({ view, onChange }: { view: SettingsView; onChange: (v: SettingsView) => void }) {
  const [years, setYears] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void shippedYears().then(setYears, () => setYears([])), []);
  const syncLocked = view.locked.includes('sync');
  const yearLocked = view.locked.includes('codeSetYear');
  const update = (patch: { sync?: boolean; codeSetYear?: string | null }) =>
    send('settingsUpdate', patch).then(
      (v) => {
        setError(null);
        onChange(v);
      },
      (e: Error) => setError(e.message),
    );
  const yearChoices = view.codeSetYear && !years.includes(view.codeSetYear) ? [...years, view.codeSetYear] : years;
  return (
    <section aria-labelledby="sync-h">
      <h2 id="sync-h">Sync and code sets</h2>
      <p>
        <input
          type="checkbox"
          id="sync"
          checked={view.sync}
          disabled={syncLocked}
          aria-describedby={syncLocked ? 'sync-locked' : 'sync-help'}
          onChange={(e) => void update({ sync: (e.target as HTMLInputElement).checked })}
        />
        <label for="sync"> Sync with the team's worker</label>
        {syncLocked && (
          <>
            {' '}
            <Locked id="sync-locked" />
          </>
        )}
      </p>
      <p id="sync-help" class="muted">
        Off: handoff notes, your coding decisions and denial records stay in this browser only.
      </p>
      <label for="code-set-year">ICD-10-CM year for pages that show no date of service</label>
      <select
        id="code-set-year"
        value={view.codeSetYear ?? ''}
        disabled={yearLocked}
        aria-describedby={yearLocked ? 'year-locked' : undefined}
        onChange={(e) => void update({ codeSetYear: (e.target as HTMLSelectElement).value || null })}
      >
        <option value="">The year in effect today</option>
        {yearChoices.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      {yearLocked && (
        <>
          {' '}
          <Locked id="year-locked" />
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
