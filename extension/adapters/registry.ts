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

const loopback = /^(127\.\d+\.\d+\.\d+|localhost)$/;

export function pickAdapter(location: Location, doc: Document): SiteAdapter {
  const byHost = siteAdapters.find((a) => a.hosts.some((h) => h.test(location.hostname)));
  if (byHost) return byHost;
  if (loopback.test(location.hostname)) {
    const byShape = siteAdapters.find((a) => {
      try {
        return a.detect(doc);
      } catch {
        return false; // a broken adapter never blocks the others
      }
    });
    if (byShape) return byShape;
  }
  return generic;
}
