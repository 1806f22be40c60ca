import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/send.ts';
import type { TeamStatus } from '../messaging/protocol.ts';

/** Join a team with the invite code a lead shares; shows which worker and role are in use. */
export function OptionsPage() {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [invite, setInvite] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void send('teamStatus', {}).then(setStatus, (e: Error) => setError(e.message)), []);
  const join = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      setStatus(await send('teamJoin', { invite }));
      setInvite('');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <main class="page">
      <h1>Chartside options</h1>
      <section aria-label="Team">
        <h2>Team</h2>
        <p id="team-status" role="status">
          {status?.joined ? `Joined team ${status.teamId} as ${status.role} via ${status.workerUrl}` : 'Not in a team yet.'}
        </p>
        <form onSubmit={join}>
          <label for="invite">Invite code</label>
          <textarea id="invite" name="invite" rows={4} value={invite} onInput={(e) => setInvite((e.target as HTMLTextAreaElement).value)} />
          {error && <p class="error" role="alert">{error}</p>}
          <button type="submit" disabled={!invite.trim()}>Join team</button>
        </form>
      </section>
    </main>
  );
}
