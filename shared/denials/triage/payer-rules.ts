import type { PayerKind } from '../../contracts/claim.ts';

/** A window in days and the date it counts from. */
export interface Window {
  days: number;
  counts: 'remittance date' | 'date of service';
  source: string;
}

/**
 * What each kind of payer takes after a denial, in a biller's words, each with its source.
 * Contracts and states differ: a payer profile's `appealDays` and `correctedClaimDays` win
 * (and a profile that sets `correctedClaimDays` says the payer takes corrected claims).
 * Timely filing is the profile's `timelyFilingDays`, counted from the date of service.
 */
export interface KindRules {
  payer: string;
  /** What the first-level appeal is called, with its article ("a redetermination"). */
  appeal: { name: string; window: Window | null };
  /** Whether a replacement claim (CLM05-3 frequency 7) is taken, and the route when it is not. */
  corrected: { accepted: boolean; window: Window | null; instead?: string };
  timelyFilingSource: string;
}

const contract = (what: string) => `${what}; set the payer's own figure in its payer profile`;

export const kindRules: Record<PayerKind, KindRules> = {
  medicare: {
    payer: 'Medicare Part B',
    // 405.942(a) counts from receipt of the notice, presumed 5 days after its date: counting from
    // the remittance date itself gives the earlier, safe day.
    appeal: {
      name: 'a redetermination',
      window: {
        days: 120,
        counts: 'remittance date',
        source: '42 CFR 405.942(a): 120 days from receipt of the initial determination; CMS Pub. 100-04 ch. 29 §310',
      },
    },
    corrected: {
      accepted: false,
      // A reopening fixes a clerical error on a processed claim; it is not a replacement claim.
      instead: 'ask the Medicare contractor for a reopening to fix the error (clerical-error reopenings are requested by phone, the portal or in writing)',
      window: {
        days: 365,
        counts: 'remittance date',
        source:
          '42 CFR 405.980(b)(1): reopening within 1 year of the initial determination; CMS Pub. 100-04 ch. 34 (reopenings), Part B takes no frequency-7 replacement claims',
      },
    },
    timelyFilingSource: '42 CFR 424.44(a)(1): 12 months (1 calendar year) from the date of service; CMS Pub. 100-04 ch. 1 §70',
  },
  'medicare-advantage': {
    payer: 'Medicare Advantage plan',
    appeal: {
      name: 'a plan reconsideration',
      window: { days: 60, counts: 'remittance date', source: contract('42 CFR 422.582(b): 60 days from the notice of the organization determination') },
    },
    corrected: { accepted: true, window: { days: 180, counts: 'remittance date', source: contract('common plan contract figure') } },
    timelyFilingSource: contract('plan contract'),
  },
  medicaid: {
    payer: 'Medicaid',
    appeal: {
      name: 'an appeal',
      window: { days: 90, counts: 'remittance date', source: contract('state Medicaid provider manuals set the appeal window; 90 days is common') },
    },
    corrected: {
      accepted: true,
      window: { days: 365, counts: 'date of service', source: contract('42 CFR 447.45(d)(1): claims within 12 months of the date of service') },
    },
    timelyFilingSource: contract('42 CFR 447.45(d)(1): 12 months from the date of service'),
  },
  commercial: {
    payer: 'commercial plan',
    appeal: {
      name: 'an appeal',
      window: {
        days: 180,
        counts: 'remittance date',
        source: contract('29 CFR 2560.503-1(h)(3)(i): at least 180 days after an adverse benefit determination'),
      },
    },
    corrected: { accepted: true, window: { days: 90, counts: 'remittance date', source: contract('common provider contract figure') } },
    timelyFilingSource: contract('provider contract'),
  },
  tricare: {
    payer: 'TRICARE',
    appeal: {
      name: 'a reconsideration',
      window: { days: 90, counts: 'remittance date', source: contract('32 CFR 199.10: reconsideration within 90 days of the initial determination') },
    },
    corrected: {
      accepted: true,
      window: { days: 365, counts: 'date of service', source: contract('32 CFR 199.7(d): claims within 1 year of the date of service') },
    },
    timelyFilingSource: contract('32 CFR 199.7(d): 1 year from the date of service'),
  },
  'workers-comp': {
    payer: "workers' compensation carrier",
    appeal: { name: 'an appeal', window: { days: 90, counts: 'remittance date', source: contract("state workers' compensation rules vary") } },
    corrected: { accepted: true, window: { days: 90, counts: 'remittance date', source: contract("state workers' compensation rules vary") } },
    timelyFilingSource: contract("state workers' compensation rules"),
  },
  'self-pay': {
    payer: 'self-pay',
    appeal: { name: 'an appeal', window: null },
    corrected: { accepted: true, window: null },
    timelyFilingSource: 'no payer',
  },
};

/**
 * RARC MA130 marks a claim returned as unprocessable: it has no appeal rights and is fixed with
 * a new claim within timely filing (CMS Pub. 100-04 ch. 1 §80.3.2, incomplete or invalid claims).
 */
export const unprocessableRarcs = new Set(['MA130']);
