import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import type { DecisionStats } from '../../messaging/protocol.ts';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

/** The coder's own record of accepted, rejected and edited suggestions (kept in this browser). */
export function DecisionsSection() {
  const [stats, setStats] = useState<DecisionStats | null>(null);
  useEffect(() => void send('decisionStats', {}).then(setStats), []);
  if (!stats) return null;
  return (
    <section aria-labelledby="acc-h">
      <h2 id="acc-h">Your suggestion record</h2>
      <p id="acceptance">
        {stats.accepted} accepted, {stats.rejected} rejected, {stats.edited} edited of {stats.total} decided
        (acceptance {pct(stats.accepted + stats.edited, stats.total)})
      </p>
    </section>
  );
}
