import { useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';
import type { SettingsView } from '../../messaging/protocol.ts';
import { Locked } from './locked.tsx';
import type { useSettings } from './use-settings.ts';

const teamLabel = (team: SettingsView['team']) => (team.teamName ? `"${team.teamName}"` : `${team.teamId} (this invite did not carry the team's name)`);

/** Your team by name, your role, the worker you sync with and whether it answers; join or leave. */
export function TeamSection({ settings }: { settings: ReturnType<typeof useSettings> }) {
  const { view, reload } = settings;
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const team = view?.team;
  const workerUrl = team?.workerUrl ?? view?.managed.workerUrl;
  const join = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await send('teamJoin', { invite, name });
      setInvite('');
      await reload();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const leave = async () => {
    if (!confirm('Leave the team on this browser? Notes not yet sent stay in the outbox until you join again.')) return;
    await send('teamLeave', {}).then(reload, (err: Error) => setError(err.message));
  };
  return (
    <section aria-labelledby="team-h">
      <h2 id="team-h">Team</h2>
      <p id="team-status" role="status">
        {team?.joined ? `Joined team ${teamLabel(team)} as ${team.role}` : view ? 'Not in a team yet.' : 'Loading…'}
      </p>
      {workerUrl && (
        <dl class="facts">
          <dt>Worker</dt>
          <dd>
            <output id="worker-url" aria-describedby={view?.managed.workerUrl ? 'worker-locked' : undefined}>
              {workerUrl}
            </output>
            {view?.managed.workerUrl && (
              <>
                {' '}
                <Locked id="worker-locked" />
              </>
            )}
          </dd>
          {view?.health && (
            <>
              <dt>Health</dt>
              <dd id="worker-health" data-ok={String(view.health.ok)} class={view.health.ok ? '' : 'error'}>
                {view.health.detail}
              </dd>
            </>
          )}
        </dl>
      )}
      {team?.joined && !view?.managed.enrollment && (
        <button type="button" onClick={() => void leave()}>
          Leave team
        </button>
      )}
      {!team?.joined && (
        <form onSubmit={join}>
          {view?.managed.enrollment && (
            <p class="muted">Your organization enrols this browser automatically; if that failed (see above), paste the invite your lead gave you.</p>
          )}
          <label for="invite">Invite code (from your team lead; it carries the worker URL and the team key)</label>
          <textarea id="invite" name="invite" rows={3} value={invite} onInput={(e) => setInvite((e.target as HTMLTextAreaElement).value)} />
          <label for="member-name">Your name (shown to teammates)</label>
          <input id="member-name" name="name" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={!invite.trim()}>
            Join team
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
