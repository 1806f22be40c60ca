import type { LabelRule } from './claim-labels.ts';

/**
 * Screen labels of an eligibility response, as data. Sources: ASC X12 271 (005010X279A1)
 * elements a portal renders: NM1*PR payer name (loop 2100A), NM109 subscriber/member id and
 * DMG02 birth date (loop 2100C), EB01 eligibility or benefit information (1 active coverage,
 * 6 inactive, ...), EB05 plan coverage description, DTP*346/347 plan begin/end,
 * DTP*356/357 eligibility begin/end, DTP*291 plan dates (a range), DTP*307 eligibility date.
 */
export const eligibilityLabels: LabelRule[] = [
  { field: 'payer', patterns: [/^(payer|payor|insurance|insurer|carrier|health plan|insurance company)( name)?$/] },
  { field: 'plan', patterns: [/^(plan|plan name|product|plan description|coverage description|benefit plan|plan \/ product|group name)$/] },
  {
    field: 'memberId',
    patterns: [
      /^(member|subscriber|recipient|beneficiary|medicaid|policy|insured|patient|enrollee|card)\s*(id|#|no\.?|number)( number| #)?$/,
      /^(mbi|id number|id #|id)$/,
    ],
  },
  { field: 'name', patterns: [/^(member|subscriber|patient|recipient|beneficiary|enrollee|insured)( name)?$/] },
  { field: 'dob', patterns: [/^(date of birth|dob|birth ?date|d\.o\.b\.?)$/] },
  { field: 'status', patterns: [/^(coverage|eligibility|member|plan|enrollment|benefit) status$/, /^(status|eligibility|eligible|coverage)$/] },
  {
    field: 'start',
    patterns: [
      /^(coverage|plan|eligibility|policy|benefit) (start|begin|effective)( date)?$/,
      /^(effective|start|begin|original effective|enrollment) date$/,
      /^effective( from)?$/,
    ],
  },
  {
    field: 'end',
    patterns: [
      /^(coverage|plan|eligibility|policy|benefit) (end|term|termination|thru|through)( date)?$/,
      /^(end|term|termination|terminated|disenrollment|cancel) date$/,
      /^(terminated|termed)( on)?$/,
    ],
  },
  {
    field: 'range',
    patterns: [
      /^(coverage|plan|eligibility|policy|benefit|effective) (dates?|period)$/,
      /^(effective|eligibility) (from|dates?) ?[-/–] ?(to|thru|through|dates?)$/,
      /^(dates? of coverage|coverage span|eligibility span)$/,
    ],
  },
  { field: 'serviceDate', patterns: [/^(date of service|service date|dos|as of( date)?|eligibility date|inquiry date|date checked for)$/] },
];

/** Coverage words of X12 271 EB01 (1 "Active Coverage", 6 "Inactive", 8 "Not Covered") as screens print them. */
export function coverageStatus(text: string | undefined): 'active' | 'inactive' | 'unknown' {
  const t = (text ?? '').toLowerCase();
  if (/\b(inactive|terminated|termed|not (eligible|active|covered)|ineligible|no (active )?coverage|cancell?ed|disenrolled|expired)\b/.test(t))
    return 'inactive';
  if (/\b(active|eligible|covered|in force)\b/.test(t)) return 'active';
  return 'unknown';
}
