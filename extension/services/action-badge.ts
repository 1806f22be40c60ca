import { browser } from 'wxt/browser';
import type { Flag } from '../../shared/contracts/flag.ts';
import type { SuggestResult } from '../../shared/contracts/suggestion.ts';

/**
 * The toolbar badge: how many findings the tab's page has (recommended codes plus claim flags),
 * set per tab so another tab's count never shows. Cleared when the tab loads another page.
 */
const counts = new Map<number, { codes: number; flags: number }>();

export function showFindings(tabId: number | undefined, found: { suggest?: SuggestResult; flags?: Flag[] }): void {
  if (tabId === undefined || tabId < 0) return;
  const prior = counts.get(tabId) ?? { codes: 0, flags: 0 };
  const next = {
    codes: found.suggest ? found.suggest.suggestions.filter((s) => s.recommended).length : prior.codes,
    flags: found.flags ? found.flags.length : prior.flags,
  };
  counts.set(tabId, next);
  const total = next.codes + next.flags;
  const title = `Chartside: ${next.codes} suggested code${next.codes === 1 ? '' : 's'}, ${next.flags} claim flag${next.flags === 1 ? '' : 's'}`;
  // The tab may have closed meanwhile: a badge for it no longer matters.
  void browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }).catch(() => undefined);
  void browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

/** Background start: badge colour, and a new page in a tab starts from no findings. */
export function watchBadges(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#0b6e75' }).catch(() => undefined);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      counts.delete(tabId);
      void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => counts.delete(tabId));
}

/** The tab's counts, for the popup and tests. */
export const findingsOf = (tabId: number) => counts.get(tabId);
