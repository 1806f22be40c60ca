import { CptSection } from './cpt-section.tsx';
import { DecisionsSection } from './decisions-section.tsx';
import { PolicyNotice } from './policy-notice.tsx';
import { SitesSection } from './sites-section.tsx';
import { SyncSection } from './sync-section.tsx';
import { TaughtSection } from './taught-section.tsx';
import { TeamSection } from './team-section.tsx';
import { useSettings } from './use-settings.ts';

/**
 * Settings and trust, for the person using Chartside: their team and worker, what syncs, the
 * sites Chartside reads and what it was taught there, licensed CPT text, and their own record.
 * Settings an administrator fixed by policy are shown, marked and read-only.
 */
export function OptionsPage() {
  const settings = useSettings();
  return (
    <main class="page">
      <h1>Chartside options</h1>
      {settings.error && (
        <p class="error" role="alert">
          {settings.error}
        </p>
      )}
      {settings.view && <PolicyNotice view={settings.view} />}
      <TeamSection settings={settings} />
      {settings.view && <SyncSection view={settings.view} onChange={settings.set} />}
      <SitesSection view={settings.view} />
      <TaughtSection />
      <CptSection />
      <DecisionsSection />
      <p>
        <a href="insights.html" target="_blank" rel="noopener">
          Open the denial insights page
        </a>{' '}
        (leads and billers)
      </p>
      <p class="muted">
        Chartside reads pages only inside your browser. Page text is never sent anywhere; only handoff notes are synced, encrypted with your team's key before
        they leave.
      </p>
    </main>
  );
}
