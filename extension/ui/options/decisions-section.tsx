import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import type { DecisionStats } from '../../messaging/protocol.ts';

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);

/** The coder's own record of accepted, rejected and edited suggestions (kept in this browser), per code system. */
export function DecisionsSection() {
  const [stats, setStats] = useState<DecisionStats | null>(null);
  useEffect(() => void send('decisionStats', {}).then(setStats, () => setStats(null)), []);
  if (!stats) return null;
  const systems = Object.entries(stats.bySystem);
  return (
    <section aria-labelledby="acc-h">
      <h2 id="acc-h">Your suggestion record</h2>
      <p id="acceptance">
        {stats.accepted} accepted, {stats.rejected} rejected, {stats.edited} edited of {stats.total} decided (acceptance{' '}
        {pct(stats.accepted + stats.edited, stats.total)})
      </p>
      {systems.length > 0 && (
        <table id="acceptance-by-system">
          <caption>By code system (edited counts as accepted with a change)</caption>
          <thead>
            <tr>
              <th scope="col">System</th>
              <th scope="col">Accepted</th>
              <th scope="col">Edited</th>
              <th scope="col">Rejected</th>
              <th scope="col">Acceptance</th>
            </tr>
          </thead>
          <tbody>
            {systems.map(([system, s]) => (
              <tr key={system}>
                <th scope="row">{system}</th>
                <td>{s.accepted}</td>
                <td>{s.edited}</td>
                <td>{s.rejected}</td>
                <td>{pct(s.accepted + s.edited, s.accepted + s.edited + s.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
