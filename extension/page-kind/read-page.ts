import type { PageFindings } from '../adapters/types.ts';
import { isoDate } from '../dom/dom-read.ts';
import { readPageModel } from '../page-model/page-model.ts';
import { decidePage, readByKind } from './read-by-kind.ts';
import { pickAdapter } from '../adapters/registry.ts';
import type { TaughtPage } from '../settings/taught.ts';

/**
 * The site adapter's reading, or, when it breaks or finds nothing, the page kind decided from the
 * page (page-kind/) and the generic reader of that kind; only a note page keeps a note. A note
 * area the user taught for this site wins over either. Each step walks the page; `pause` between
 * them hands the main thread back to the host page, so no step adds up to a long task there.
 */
export async function readPage(taught: TaughtPage, pause: () => Promise<void>): Promise<PageFindings> {
  const site = readWithAdapters();
  await pause();
  const decided = decidePage(document, site, taught);
  await pause();
  const read = readByKind(document, site, taught, decided);
  const taughtNote = taught.note ? document.querySelector(taught.note) : null;
  if (taughtNote && read.kind === 'note') await pause();
  if (taughtNote && read.kind === 'note') read.note = { ...read.note, ...taughtNoteContext(taughtNote), roots: [taughtNote] };
  const memberId = shownValue(taught.memberId);
  const dateOfService = isoDate(shownValue(taught.dateOfService));
  if (memberId && dateOfService) read.identity = { memberId, dateOfService };
  return read;
}

/** The encounter around a note area the user taught, read by the page model as for any note. */
function taughtNoteContext(note: Element) {
  const encounter = readPageModel(document, note).encounter;
  const { setting, age, sex, dateOfService } = encounter;
  return {
    setting: setting ?? 'office',
    patient: { ...(age !== undefined && { age }), ...(sex && { sex }) },
    ...(dateOfService && { dateOfService }),
    encounter,
  };
}

/** What a taught field shows: an input's value or an element's text. */
function shownValue(selector: string | undefined): string | undefined {
  const el = selector ? document.querySelector(selector) : null;
  const value = (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el?.textContent)?.trim();
  return value || undefined;
}

/** A site adapter's reading, or undefined when none applies or it finds nothing (the generic readers then decide). */
function readWithAdapters(): PageFindings | undefined {
  try {
    const adapter = pickAdapter(location, document);
    if (adapter.id === 'generic') return undefined;
    const findings = adapter.read(document);
    if (findings.note || findings.claim || findings.eligibility || findings.identity || findings.denials) return findings;
  } catch (err) {
    console.warn('Chartside: site adapter failed, using the generic reader:', err);
  }
  return undefined;
}
