import { CptSection } from './cpt-section.tsx';
import { DecisionsSection } from './decisions-section.tsx';
import { SitesSection } from './sites-section.tsx';
import { TaughtSection } from './taught-section.tsx';
import { TeamSection } from './team-section.tsx';

/** Settings and trust: the team and worker, the sites Chartside may read, licensed CPT text, the coder's record. */
export function OptionsPage() {
  return (
    <main class="page">
      <h1>Chartside options</h1>
      <TeamSection />
      <SitesSection />
      <TaughtSection />
      <CptSection />
      <DecisionsSection />
      <p><a href="insights.html" target="_blank">Open the denial insights page</a> (leads and billers)</p>
      <p class="muted">Chartside reads pages only inside your browser. Page text is never sent anywhere; only
        handoff notes are synced, encrypted with your team's key before they leave.</p>
    </main>
  );
}
