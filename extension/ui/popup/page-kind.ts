import type { ActionView } from '../../messaging/protocol.ts';

/**
 * What the page is: the overlay's own decision (its host element's data-page-kind, CONTRACTS §5)
 * when it has made one, else what the background found on it (a note's codes, a claim's flags).
 */
export function pageKindOf(view: Pick<ActionView, 'pageKind' | 'suggest' | 'flags'>): string | undefined {
  if (view.pageKind) return view.pageKind;
  if (view.suggest) return 'note';
  if (view.flags) return 'claim';
  return undefined;
}

/** "https://portal.example.com/*" as a person reads it: portal.example.com. */
export function siteLabel(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}
