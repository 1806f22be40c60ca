import type { PageFindings } from './types.ts';
import { isoDate } from './dom-read.ts';
import { generic } from './generic.ts';
import { readPageModel } from '../page-model/page-model.ts';
import { pickAdapter } from './registry.ts';
import type { TaughtPage } from './taught.ts';

/**
 * The site adapter's reading, or the generic adapter's when the site one breaks or finds nothing;
 * a note area the user taught for this site wins over either.
 */
export function readPage(taught: TaughtPage): PageFindings {
  const read = readWithAdapters();
  const taughtNote = taught.note ? document.querySelector(taught.note) : null;
  if (taughtNote) read.note = { ...read.note, ...taughtNoteContext(taughtNote), roots: [taughtNote] };
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

function readWithAdapters(): PageFindings {
  try {
    const findings = pickAdapter(location, document).read(document);
    if (findings.note || findings.claim || findings.eligibility || findings.identity || findings.denials) return findings;
  } catch (err) {
    console.warn('Chartside: site adapter failed, using the generic reader:', err);
  }
  return generic.read(document);
}
