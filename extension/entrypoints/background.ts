import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listenLive } from '../services/live-handoff.ts';
import { listen } from '../services/router.ts';

// The background owns the engines and Dexie; content scripts only extract and render.
export default defineBackground(() => {
  listen();
  listenLive();
  // The keyboard shortcut toggles the overlay panel in the active tab.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'togglePanel' }).catch(() => undefined);
  });
});
