import { browser } from 'wxt/browser';
import { decodeInvite, TeamSettings } from '../../shared/sync/invite.ts';
import { refusal, workerClient } from '../../shared/sync/worker-client.ts';
import { effectiveSettings } from '../settings/effective-settings.ts';

/** The joined team as stored in extension storage (never in a page's origin), sync on or off. */
export async function storedTeam(): Promise<TeamSettings | null> {
  const { team } = await browser.storage.local.get('team');
  const parsed = TeamSettings.safeParse(team);
  return parsed.success ? parsed.data : null;
}

/**
 * The team to sync with: null when not joined or when sync is off (by the user or by policy), so
 * every caller that talks to the worker stays local without knowing why.
 */
export async function loadTeam(): Promise<TeamSettings | null> {
  const team = await storedTeam();
  return team && (await effectiveSettings({ settled: true })).sync ? team : null;
}

const sameOrigin = (a: string, b: string) => new URL(a).origin === new URL(b).origin;

/**
 * Joins with an invite: a one-time code is traded with the worker for this browser's own member
 * token (so no token ever travels in the invite); a lead's invite carries its token directly.
 * When a policy names the worker, an invite for another worker is refused.
 */
export async function joinTeam(inviteText: string, name: string): Promise<TeamSettings> {
  const invite = decodeInvite(inviteText);
  const { workerUrl } = await effectiveSettings({ settled: true });
  if (workerUrl && !sameOrigin(workerUrl, invite.workerUrl)) {
    throw new Error(
      `your organization set the worker to ${workerUrl}; this invite is for ${invite.workerUrl}: ask your lead for one from your organization's worker`,
    );
  }
  let token = invite.token;
  if (!token) {
    let res;
    try {
      res = await workerClient(invite.workerUrl).invites.accept.$post({ json: { code: invite.code ?? '', name: name.trim() || `${invite.role} (browser)` } });
    } catch {
      throw new Error(`the team's worker ${invite.workerUrl} is not reachable; try again when it is`);
    }
    if (res.status === 404) throw new Error('this invite was already used or has expired: ask your lead for a new one');
    if (res.status !== 201) throw new Error(`the worker refused the invite (HTTP ${res.status}${(await refusal(res)) ? `: ${await refusal(res)}` : ''})`);
    token = (await res.json()).token;
  }
  const settings: TeamSettings = {
    workerUrl: invite.workerUrl,
    token,
    teamSecret: invite.teamSecret,
    teamId: invite.teamId,
    role: invite.role,
    ...(invite.teamName && { teamName: invite.teamName }),
  };
  await browser.storage.local.set({ team: settings });
  return settings;
}

/** Leaves the team on this browser (the member token is forgotten; the lead can revoke it too). */
export async function leaveTeam(): Promise<void> {
  await browser.storage.local.remove('team');
}
