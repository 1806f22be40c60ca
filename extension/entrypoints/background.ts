import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenLive } from '../services/live-handoff.ts';
import { watchBadges } from '../services/action-badge.ts';
import { applyManaged } from '../services/managed-apply.ts';
import { listen } from '../services/router.ts';
import { runOnTab } from '../services/tab-run.ts';
import { onManagedChange } from '../settings/managed-settings.ts';
import { enableGrantedSites } from '../settings/site-access.ts';

// The background owns the engines and Dexie; content scripts only extract and render.
export default defineBackground(() => {
  listen();
  listenLive();
  watchBadges();
  // The keyboard shortcut grants activeTab like the toolbar button: on a page Chartside is not on
  // yet it runs there; where the overlay is already shown it opens or closes the panel.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-panel') return;
    const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    const { injected } = await runOnTab(target);
    if (!injected && target?.id !== undefined) await browser.tabs.sendMessage(target.id, { type: 'togglePanel' }).catch(() => undefined);
  });
  // The administrator's policy: at start, when it changes, and when the user allows a policy site.
  const apply = () => void applyManaged().catch((err: unknown) => console.warn('Chartside policy:', err));
  apply();
  onManagedChange(apply);
  browser.permissions.onAdded.addListener(({ origins }) => {
    void enableGrantedSites(origins).then(apply);
  });
});
