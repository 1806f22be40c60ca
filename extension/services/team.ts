import { browser } from 'wxt/browser';
import { decodeInvite, TeamSettings } from '../../shared/sync/invite.ts';
import { refusal, workerClient } from '../../shared/sync/worker-client.ts';

/** The joined team lives in extension storage (never in a page's origin). */
export async function loadTeam(): Promise<TeamSettings | null> {
  const { team } = await browser.storage.local.get('team');
  const parsed = TeamSettings.safeParse(team);
  return parsed.success ? parsed.data : null;
}

/**
 * Joins with an invite: a one-time code is traded with the worker for this browser's own member
 * token (so no token ever travels in the invite); a lead's invite carries its token directly.
 */
export async function joinTeam(inviteText: string, name: string): Promise<TeamSettings> {
  const invite = decodeInvite(inviteText);
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
  const settings: TeamSettings = { workerUrl: invite.workerUrl, token, teamSecret: invite.teamSecret, teamId: invite.teamId, role: invite.role };
  await browser.storage.local.set({ team: settings });
  return settings;
}
