import type { Eligibility } from '../../shared/contracts/claim.ts';
import { screenDate as isoDate, screenDates } from './screen-date.ts';
import { coverageStatus, eligibilityLabels } from './eligibility-labels.ts';
import { find, labelledValues } from './labelled-values.ts';

/** What the generic eligibility reader found, with what the DOM hook and the panel show. */
export interface EligibilityReading {
  payer?: string;
  plan?: string;
  status: 'active' | 'inactive' | 'unknown';
  start?: string;
  end?: string;
  memberId?: string;
  serviceDate?: string;
  /** In the shape the claim check uses; absent when the status cannot be told. */
  eligibility?: Eligibility;
}

/** Reads an eligibility response from any layout; undefined when nothing of one is on the page. */
export function readEligibility(doc: Document): EligibilityReading | undefined {
  const pairs = labelledValues(doc);
  const get = (field: string) => find(pairs, eligibilityLabels.find((r) => r.field === field)!.patterns)?.value || undefined;
  const memberId = get('memberId')?.split(/\s/)[0];
  const range = screenDates(get('range'));
  const start = isoDate(get('start')) ?? range[0];
  const end = isoDate(get('end')) ?? range[1];
  // The status label first; else a status badge anywhere ("Active Coverage", "Terminated").
  let status = coverageStatus(get('status'));
  if (status === 'unknown') status = coverageStatus(badgeText(doc));
  const serviceDate = isoDate(get('serviceDate'));
  if (status === 'unknown' && serviceDate && (start || end)) {
    status = (start && serviceDate < start) || (end && serviceDate > end) ? 'inactive' : 'active';
  }
  if (!memberId && status === 'unknown' && !start && !end) return undefined;
  const name = get('name');
  const [last, first] = name?.includes(',') ? name.split(',').map((s) => s.trim()) : [name?.split(' ').slice(1).join(' '), name?.split(' ')[0]];
  const reading: EligibilityReading = {
    status,
    ...(get('payer') && { payer: get('payer') }),
    ...(get('plan') && { plan: get('plan') }),
    ...(start && { start }),
    ...(end && { end }),
    ...(memberId && { memberId }),
    ...(serviceDate && { serviceDate }),
  };
  if (status !== 'unknown') {
    reading.eligibility = {
      memberId: memberId ?? null,
      firstName: first || null,
      lastName: last || null,
      dob: isoDate(get('dob')) ?? null,
      status,
      coverageStart: start ?? null,
      coverageEnd: end ?? null,
      inNetwork: null,
      priorAuthRequired: [],
      referralRequired: null,
    };
  }
  return reading;
}

/** Short status badges: elements whose whole text is a coverage phrase. */
function badgeText(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('span, strong, b, div, p, td, li, h2, h3, h4')) {
    if (el.children.length > 0 || el.closest('chartside-overlay')) continue;
    const t = (el.textContent ?? '').trim();
    if (t.length <= 40 && coverageStatus(t) !== 'unknown' && /coverage|eligib|terminat|active|inactive/i.test(t)) return t;
  }
  return undefined;
}
