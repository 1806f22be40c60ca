import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import type { TeamStatus } from '../../messaging/protocol.ts';

/** Join a team with the invite code a lead shares; shows which worker and role are in use. */
export function TeamSection() {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void send('teamStatus', {}).then(setStatus, (e: Error) => setError(e.message)), []);
  const join = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      setStatus(await send('teamJoin', { invite, name }));
      setInvite('');
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section aria-labelledby="team-h">
      <h2 id="team-h">Team</h2>
      <p id="team-status" role="status">
        {status?.joined ? `Joined team ${status.teamId} as ${status.role} via ${status.workerUrl}` : 'Not in a team yet.'}
      </p>
      <form onSubmit={join}>
        <label for="invite">Invite code (from your team lead; it carries the worker URL and the team key)</label>
        <textarea id="invite" name="invite" rows={3} value={invite} onInput={(e) => setInvite((e.target as HTMLTextAreaElement).value)} />
        <label for="member-name">Your name (shown to teammates)</label>
        <input id="member-name" name="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" disabled={!invite.trim()}>Join team</button>
      </form>
    </section>
  );
}
