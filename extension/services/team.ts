import { browser } from 'wxt/browser';
import { Invite } from '../../shared/sync/invite.ts';

/** The joined team lives in extension storage (never in a page's origin). */
export async function loadTeam(): Promise<Invite | null> {
  const { team } = await browser.storage.local.get('team');
  const parsed = Invite.safeParse(team);
  return parsed.success ? parsed.data : null;
}

export async function saveTeam(invite: Invite): Promise<void> {
  await browser.storage.local.set({ team: invite });
}
