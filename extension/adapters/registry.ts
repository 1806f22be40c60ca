import { athenaOne } from './athena-one.ts';
import { availity } from './availity.ts';
import { ecw } from './ecw.ts';
import { epic } from './epic.ts';
import { generic } from './generic.ts';
import { openemr } from './openemr.ts';
import { uhc } from './uhc.ts';
import type { SiteAdapter } from './types.ts';

/** Site adapters, most specific first; the generic one is the fallback. */
export const siteAdapters: SiteAdapter[] = [athenaOne, availity, ecw, openemr, epic, uhc];

/**
 * A product's known host decides first; otherwise the page's structure does. The content script
 * only runs on loopback and on sites the user enabled, and self-hosted products (OpenEMR, Epic on
 * a hospital's own domain) have no fixed host, so structure is probed wherever we run.
 */
export function pickAdapter(location: Location, doc: Document): SiteAdapter {
  const byHost = siteAdapters.find((a) => a.hosts.some((h) => h.test(location.hostname)));
  if (byHost) return byHost;
  const byShape = siteAdapters.find((a) => {
    try {
      return a.detect(doc);
    } catch {
      return false; // a broken adapter never blocks the others
    }
  });
  return byShape ?? generic;
}
