import type { PayerKind, PayerProfile } from '../../contracts/claim.ts';
import type { NextAction } from '../../contracts/denial-record.ts';
import { builtInProfiles } from '../../claims/payers/built-in-profiles.ts';
import { kindRules, unprocessableRarcs, type Window } from './payer-rules.ts';

export interface Deadline {
  due: string;
  days: number;
  /** The date the window counts from, and which date that is. */
  from: string;
  counts: Window['counts'];
  window: 'appealDays' | 'correctedClaimDays' | 'timelyFilingDays' | 'reopeningDays';
  source: string;
  reason: string;
}

/** The next action as the payer kind takes it, and its deadline, in a biller's words. */
export interface NextStep {
  action: NextAction;
  /** Set when the payer kind changed the action (an unprocessable claim, Medicare's reopenings). */
  actionReason: string | null;
  deadline: Deadline | null;
  reason: string;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const routes = new Set<NextAction>(['corrected-claim', 'appeal', 'rebill', 'reopening']);

/**
 * The next action and its deadline for a payer kind (payer-rules.ts) under a payer profile:
 * appeals, reopenings and most corrected claims count from the remittance date (the initial
 * determination), a new claim from the date of service under timely filing. A claim returned as
 * unprocessable (MA130) takes a new claim, never an appeal; Medicare Part B takes a reopening
 * where others take a corrected claim. Write-offs, patient bills and informational lines have none.
 */
export function deadlineFor(
  triaged: NextAction,
  profile: PayerProfile,
  kind: PayerKind,
  remitDate: string | null,
  dateOfService: string | null,
  rarcs: readonly string[] = [],
): NextStep {
  const rules = kindRules[kind];
  const own = !builtInProfiles.includes(profile);
  const settings = `the payer settings for ${profile.name ?? profile.id}`;
  let action = triaged;
  let actionReason: string | null = null;
  const unprocessable = rarcs.find((r) => unprocessableRarcs.has(r));
  if (unprocessable && routes.has(action)) {
    action = 'rebill';
    actionReason = `rebill: the claim was returned as unprocessable (${unprocessable}), which carries no appeal rights: correct it and send it as a new claim, not as a corrected claim or an appeal (CMS Pub. 100-04 ch. 1 §80.3.2)`;
  } else if (action === 'corrected-claim' && !rules.corrected.accepted && profile.correctedClaimDays == null) {
    action = 'reopening';
    actionReason = `reopening: ${rules.payer} does not take corrected (frequency 7) claims: ${rules.corrected.instead}; if the service must be billed differently, send a new claim within timely filing instead`;
  }
  const step = (window: Window | null, field: Deadline['window'], what: string): NextStep => {
    if (!window) return { action, actionReason, deadline: null, reason: `${rules.payer}: no deadline to ${what}` };
    const from = window.counts === 'remittance date' ? remitDate : dateOfService;
    if (!from) return { action, actionReason, deadline: null, reason: `${what}: there is no ${window.counts} to count the ${window.days} days from` };
    const due = addDays(from, window.days);
    const initial = window.counts === 'remittance date' ? ' (the initial determination)' : '';
    const reason = `${what} within ${window.days} days of the ${window.counts} ${from}${initial}: by ${due}. Source: ${window.source}`;
    return { action, actionReason, deadline: { due, days: window.days, from, counts: window.counts, window: field, source: window.source, reason }, reason };
  };
  const mine = (days: number | undefined, counts: Window['counts']): Window | null => (days == null ? null : { days, counts, source: settings });
  switch (action) {
    case 'rebill': {
      const source = own ? settings : rules.timelyFilingSource;
      return step({ days: profile.timelyFilingDays, counts: 'date of service', source }, 'timelyFilingDays', 'send a new claim (timely filing)');
    }
    case 'appeal':
      return step(mine(profile.appealDays, 'remittance date') ?? rules.appeal.window, 'appealDays', `request ${rules.appeal.name}`);
    case 'corrected-claim':
      return step(
        mine(profile.correctedClaimDays, 'remittance date') ?? rules.corrected.window,
        'correctedClaimDays',
        'send a corrected claim (frequency 7, replacing the original)',
      );
    case 'reopening':
      return step(rules.corrected.window, 'reopeningDays', 'request the reopening');
    default:
      return { action, actionReason, deadline: null, reason: 'no payer deadline: nothing is sent to the payer' };
  }
}
