import type { NextAction } from '../../contracts/denial-record.ts';
import type { PayerProfile } from '../../contracts/claim.ts';

type Kind = NonNullable<PayerProfile['match']['kind']>;

/**
 * Typical windows by payer kind when a profile sets none, in days: appeals from the remittance
 * date (Medicare redetermination 120 days; Medicare Advantage plan reconsideration 60; TRICARE
 * reconsideration 90; commercial plans commonly 180), corrected claims from the remittance date
 * (Medicare reopening within a year). Contracts differ: set `appealDays` and `correctedClaimDays`
 * in the payer profile to use the practice's own figures.
 */
export const defaultWindows: Record<Kind, { appeal: number | null; corrected: number | null }> = {
  medicare: { appeal: 120, corrected: 365 },
  'medicare-advantage': { appeal: 60, corrected: 180 },
  medicaid: { appeal: 90, corrected: 365 },
  commercial: { appeal: 180, corrected: 90 },
  tricare: { appeal: 90, corrected: 365 },
  'workers-comp': { appeal: 90, corrected: 90 },
  'self-pay': { appeal: null, corrected: null },
};

export interface Deadline {
  due: string;
  days: number;
  from: string;
  window: 'appealDays' | 'correctedClaimDays' | 'timelyFilingDays';
  source: string;
  reason: string;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The deadline of the next action: appeals and corrected claims count from the remittance date,
 * a new claim from the date of service under the payer's timely-filing limit. Write-offs,
 * patient bills and informational lines have none.
 */
export function deadlineFor(action: NextAction, profile: PayerProfile, kind: Kind, remitDate: string | null, dateOfService: string | null): { deadline: Deadline | null; reason: string } {
  if (action === 'rebill') {
    if (!dateOfService) return { deadline: null, reason: 'no date of service on the line to count timely filing from' };
    const days = profile.timelyFilingDays;
    const due = addDays(dateOfService, days);
    const reason = `new claim within ${profile.id}'s timely filing of ${days} days from the date of service ${dateOfService}; another payer's own limit applies if billing elsewhere`;
    return { deadline: { due, days, from: dateOfService, window: 'timelyFilingDays', source: `profile ${profile.id}`, reason }, reason };
  }
  if (action !== 'appeal' && action !== 'corrected-claim') return { deadline: null, reason: `no payer deadline for ${action}` };
  const field = action === 'appeal' ? 'appealDays' : 'correctedClaimDays';
  const own = profile[field];
  const fallback = defaultWindows[kind][action === 'appeal' ? 'appeal' : 'corrected'];
  const days = own ?? fallback;
  if (days == null) return { deadline: null, reason: `${kind} has no ${action} window` };
  if (!remitDate) return { deadline: null, reason: 'the remittance carries no date (DTM*405 or BPR16) to count from' };
  const source = own != null ? `profile ${profile.id} ${field}` : `default for ${kind} (profile ${profile.id} sets no ${field})`;
  const reason = `${action} within ${days} days of the remittance date ${remitDate}, from ${source}`;
  return { deadline: { due: addDays(remitDate, days), days, from: remitDate, window: field, source, reason }, reason };
}
