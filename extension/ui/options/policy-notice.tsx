import type { SettingsView } from '../../messaging/protocol.ts';

/** Says which settings the organization manages, and which policy values could not be used and why. */
export function PolicyNotice({ view }: { view: SettingsView }) {
  if (view.locked.length === 0 && view.problems.length === 0) return null;
  return (
    <section aria-labelledby="policy-h" id="policy">
      <h2 id="policy-h">Managed by your organization</h2>
      {view.locked.length > 0 && <p>Your administrator set: {view.locked.join(', ')}. These are shown below and cannot be changed here.</p>}
      {view.problems.length > 0 && (
        <ul id="policy-problems" role="alert">
          {view.problems.map((p) => (
            <li key={p} class="error">
              {p}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
