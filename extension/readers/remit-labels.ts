import type { LabelRule } from './claim-labels.ts';

/**
 * Column headers and labels of a remittance (ERA / EOB) or claim-status view, as data. Sources:
 * ASC X12 835 (005010X221A1): CLP01 patient control number, CLP07 payer claim control number,
 * SVC01 procedure, SVC02 line charge, SVC03 paid, AMT*B6 allowed, CAS01 group code (CO, PR, OA,
 * PI, CR), CAS02 adjustment reason (CARC), LQ*HE remark (RARC), DTM*472 service date,
 * BPR16 / DTM*405 payment date; ASC X12 277 for claim-status screens (STC status).
 */
export const remitColumns: LabelRule[] = [
  { field: 'dateOfService', patterns: [/(date of service|service date|\bdos\b|svc date|^from$|^date$|dates?$)/] },
  { field: 'rarc', patterns: [/(remark|rarc|\blq\b)/] },
  { field: 'group', patterns: [/^(group|grp|adj(ustment)? group|group code|cas ?01)$/] },
  {
    field: 'carc',
    patterns: [
      /^(carc|reason|reason codes?|adj(ustment)? reason( codes?)?|denial (reason|code)s?|cas ?02|carc ?\/ ?reason|claim adjustment reason( codes?)?)$/,
    ],
  },
  // Patient-share columns: CARC 1 (deductible), 2 (coinsurance) and 3 (co-payment), group PR.
  { field: 'deductible', patterns: [/^(deductible|ded)( amount| amt)?$/] },
  { field: 'coinsurance', patterns: [/^(co-?insurance|coins)( amount| amt)?$/] },
  { field: 'copay', patterns: [/^(co-?pay(ment)?)( amount| amt)?$/] },
  { field: 'adjustments', patterns: [/(adjust|adj\.? codes?|group\/reason|cas\b|reason)/] },
  { field: 'allowed', patterns: [/(allowed|approved|contracted)/] },
  { field: 'paid', patterns: [/(paid|payment|provider pay|net)/] },
  { field: 'billed', patterns: [/(billed|charge|submitted)/] },
  { field: 'procedure', patterns: [/(procedure|cpt|hcpcs|^proc\b|service code|svc ?01|^code$|^service$)/] },
  { field: 'status', patterns: [/(status|disposition)/] },
];

export const remitLabels: LabelRule[] = [
  {
    field: 'claimNumber',
    patterns: [
      /^(payer )?(claim|icn|tcn|dcn) ?(#|no\.?|number|id|control number)?$/,
      /^(payer claim control|internal control|transaction control|document control) (number|#|no\.?)$/,
      /^(icn|tcn|dcn)$/,
    ],
  },
  { field: 'accountNumber', patterns: [/^(patient (control|account)|account|pcn) ?(#|no\.?|number)?$/] },
  {
    field: 'memberId',
    patterns: [/^(member|subscriber|recipient|beneficiary|medicaid|patient|insured) ?(id|#|no\.?|number)( number| #)?$/, /^(mbi|id number)$/],
  },
  { field: 'payer', patterns: [/^(payer|payor|insurance|carrier|health plan)( name)?$/] },
  {
    field: 'remitDate',
    patterns: [/^(remit(tance)?|payment|paid|check|eft|era|process(ed)?|adjudicat(ion|ed)|finalized) date$/, /^(date paid|paid on|processed on)$/],
  },
  { field: 'serviceDate', patterns: [/^(date\(?s\)? of service|service dates?|dos|from date)$/] },
];
