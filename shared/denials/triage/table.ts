import type { NextAction, Origin, OwnerRole, TriageRule } from '../../contracts/denial-record.ts';

/**
 * The project's own denial triage table: CARC numbers (optionally narrowed by group code and
 * RARC) to a short category word, the likely origin, the role that fixes it and the next
 * action. Numbers and our own category words only: no X12 code texts. Payer profiles add rows
 * in `triageOverrides`, which win. Rows narrowed by a RARC refine the plain CARC row.
 */
type Short = [carc: string, category: string, origin: Origin, owner: OwnerRole, action: NextAction, narrow?: { group?: TriageRule['group']; rarc?: string }];

const rows: Short[] = [
  // Patient share: deductible, coinsurance, copay and the like, when the payer puts them on the patient.
  ['1', 'deductible', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['2', 'coinsurance', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['3', 'copay', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['66', 'blood-deductible', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['142', 'share-of-cost', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['45', 'out-of-network-balance', 'patient-responsibility', 'biller', 'bill-patient', { group: 'PR' }],
  ['100', 'paid-to-patient', 'patient-responsibility', 'biller', 'bill-patient'],
  // A patient-share number under a provider-liability group is a payer error worth questioning.
  ['1', 'patient-share-misgrouped', 'payer-policy', 'biller', 'appeal'],
  ['2', 'patient-share-misgrouped', 'payer-policy', 'biller', 'appeal'],
  ['3', 'patient-share-misgrouped', 'payer-policy', 'biller', 'appeal'],

  // Contractual and informational adjustments.
  ['45', 'contractual', 'informational', 'biller', 'write-off'],
  ['59', 'multiple-procedure-reduction', 'informational', 'biller', 'write-off'],
  ['131', 'negotiated-discount', 'informational', 'biller', 'write-off'],
  ['253', 'sequestration', 'informational', 'biller', 'write-off'],
  ['237', 'regulatory-penalty', 'informational', 'biller', 'write-off'],
  ['104', 'managed-care-withhold', 'informational', 'biller', 'write-off'],
  ['23', 'prior-payer-adjudication', 'informational', 'biller', 'none'],
  ['94', 'processed-over-charges', 'informational', 'biller', 'none'],
  ['144', 'incentive', 'informational', 'biller', 'none'],
  ['B13', 'previously-paid', 'informational', 'biller', 'none'],
  ['B11', 'transferred-to-payer', 'informational', 'biller', 'none'],

  // Coding: codes, modifiers, units, diagnosis links.
  ['4', 'modifier', 'coding', 'coder', 'corrected-claim'],
  ['6', 'procedure-age', 'coding', 'coder', 'corrected-claim'],
  ['7', 'procedure-sex', 'coding', 'coder', 'corrected-claim'],
  ['9', 'diagnosis-age', 'coding', 'coder', 'corrected-claim'],
  ['10', 'diagnosis-sex', 'coding', 'coder', 'corrected-claim'],
  ['11', 'diagnosis-procedure-mismatch', 'coding', 'coder', 'corrected-claim'],
  ['97', 'bundling', 'coding', 'coder', 'corrected-claim'],
  ['236', 'ncci-pair', 'coding', 'coder', 'corrected-claim'],
  ['234', 'not-separately-paid', 'coding', 'coder', 'corrected-claim'],
  ['107', 'qualifying-service-missing', 'coding', 'coder', 'corrected-claim'],
  ['B15', 'qualifying-service-missing', 'coding', 'coder', 'corrected-claim'],
  ['B16', 'new-patient-criteria', 'coding', 'coder', 'corrected-claim'],
  ['B22', 'diagnosis-based', 'coding', 'coder', 'corrected-claim'],
  ['146', 'diagnosis-invalid-on-date', 'coding', 'coder', 'corrected-claim'],
  ['167', 'diagnosis-not-covered', 'coding', 'coder', 'corrected-claim'],
  ['181', 'procedure-invalid-on-date', 'coding', 'coder', 'corrected-claim'],
  ['182', 'modifier-invalid-on-date', 'coding', 'coder', 'corrected-claim'],
  ['189', 'unlisted-code', 'coding', 'coder', 'corrected-claim'],
  ['199', 'revenue-procedure-mismatch', 'coding', 'coder', 'corrected-claim'],
  ['151', 'units-frequency', 'coding', 'coder', 'corrected-claim'],
  ['151', 'units-over-limit', 'coding', 'coder', 'corrected-claim', { rarc: 'N362' }],
  ['151', 'frequency-limit', 'payer-policy', 'biller', 'appeal', { rarc: 'N640' }],
  ['151', 'coverage-policy', 'payer-policy', 'biller', 'appeal', { rarc: 'N115' }],
  // Medical necessity: coding (the diagnoses do not support it) unless a RARC cites a coverage policy.
  ['50', 'medical-necessity', 'coding', 'coder', 'appeal'],
  ['50', 'coverage-policy', 'payer-policy', 'biller', 'appeal', { rarc: 'N115' }],
  ['50', 'coverage-policy', 'payer-policy', 'biller', 'appeal', { rarc: 'N386' }],
  ['50', 'level-not-supported', 'coding', 'coder', 'corrected-claim', { rarc: 'M25' }],
  ['50', 'wrong-code-category', 'coding', 'coder', 'corrected-claim', { rarc: 'N180' }],
  ['50', 'benefit-limit', 'payer-policy', 'biller', 'appeal', { rarc: 'N130' }],
  ['96', 'non-covered', 'payer-policy', 'biller', 'appeal'],
  ['96', 'same-session-bundling', 'coding', 'coder', 'corrected-claim', { rarc: 'M80' }],
  ['96', 'provider-type', 'billing', 'biller', 'appeal', { rarc: 'N95' }],
  ['96', 'patient-ineligible-for-service', 'registration', 'front-desk', 'rebill', { rarc: 'N30' }],
  ['96', 'statutory-exclusion', 'payer-policy', 'biller', 'write-off', { rarc: 'N425' }],
  ['97', 'bundled-pair', 'coding', 'coder', 'corrected-claim', { rarc: 'M15' }],
  ['49', 'routine-exam', 'coding', 'coder', 'corrected-claim'],

  // Billing: claim data, provider enrolment, submission.
  ['16', 'missing-info', 'billing', 'biller', 'corrected-claim'],
  ['16', 'unprocessable', 'billing', 'biller', 'rebill', { rarc: 'MA130' }],
  ['16', 'procedure-code', 'coding', 'coder', 'corrected-claim', { rarc: 'M51' }],
  ['16', 'diagnosis-code', 'coding', 'coder', 'corrected-claim', { rarc: 'M76' }],
  ['16', 'diagnosis-specificity', 'coding', 'coder', 'corrected-claim', { rarc: 'M81' }],
  ['16', 'place-of-service', 'billing', 'biller', 'corrected-claim', { rarc: 'M77' }],
  ['16', 'rendering-provider', 'billing', 'biller', 'corrected-claim', { rarc: 'N290' }],
  ['16', 'patient-identifiers', 'registration', 'front-desk', 'corrected-claim', { rarc: 'N382' }],
  ['16', 'member-id', 'registration', 'front-desk', 'corrected-claim', { rarc: 'MA61' }],
  ['16', 'prior-payer-info', 'billing', 'biller', 'corrected-claim', { rarc: 'MA04' }],
  ['125', 'submission-error', 'billing', 'biller', 'corrected-claim'],
  ['5', 'place-of-service', 'billing', 'biller', 'corrected-claim'],
  ['58', 'place-of-service', 'billing', 'biller', 'corrected-claim'],
  ['8', 'provider-type', 'billing', 'biller', 'appeal'],
  ['12', 'provider-type', 'billing', 'biller', 'appeal'],
  ['170', 'provider-type', 'billing', 'biller', 'appeal'],
  ['183', 'referring-provider-eligibility', 'billing', 'biller', 'corrected-claim'],
  ['185', 'rendering-provider-eligibility', 'billing', 'biller', 'appeal'],
  ['B7', 'provider-certification', 'billing', 'biller', 'appeal'],
  ['110', 'billing-date', 'billing', 'biller', 'corrected-claim'],
  ['18', 'duplicate', 'billing', 'biller', 'none'],
  ['29', 'timely-filing', 'billing', 'biller', 'write-off'],
  ['226', 'records-requested', 'billing', 'biller', 'appeal'],
  ['252', 'attachment-needed', 'billing', 'biller', 'rebill'],
  ['129', 'prior-processing', 'billing', 'biller', 'corrected-claim'],

  // Registration and eligibility: coverage, identity, other payers.
  ['13', 'date-of-death', 'registration', 'front-desk', 'corrected-claim'],
  ['14', 'date-of-birth', 'registration', 'front-desk', 'corrected-claim'],
  ['19', 'workers-comp-liable', 'registration', 'front-desk', 'rebill'],
  ['20', 'liability-carrier', 'registration', 'front-desk', 'rebill'],
  ['21', 'no-fault-carrier', 'registration', 'front-desk', 'rebill'],
  ['22', 'coordination-of-benefits', 'registration', 'front-desk', 'rebill'],
  ['24', 'managed-care-plan', 'registration', 'front-desk', 'rebill'],
  ['26', 'before-coverage', 'registration', 'front-desk', 'rebill'],
  ['27', 'after-coverage', 'registration', 'front-desk', 'rebill'],
  ['200', 'coverage-lapse', 'registration', 'front-desk', 'rebill'],
  ['31', 'member-not-found', 'registration', 'front-desk', 'corrected-claim'],
  ['140', 'member-name-id-mismatch', 'registration', 'front-desk', 'corrected-claim'],
  ['32', 'dependent-not-eligible', 'registration', 'front-desk', 'rebill'],
  ['33', 'no-dependent-coverage', 'registration', 'front-desk', 'rebill'],
  ['34', 'no-newborn-coverage', 'registration', 'front-desk', 'rebill'],
  ['109', 'wrong-payer', 'registration', 'front-desk', 'rebill'],
  ['B9', 'hospice', 'registration', 'front-desk', 'rebill'],
  ['227', 'patient-info-requested', 'registration', 'front-desk', 'rebill'],
  ['242', 'out-of-network', 'registration', 'front-desk', 'appeal'],

  // Authorization and referral.
  ['15', 'auth-number-invalid', 'authorization', 'front-desk', 'corrected-claim'],
  ['197', 'auth-absent', 'authorization', 'front-desk', 'appeal'],
  ['198', 'auth-exceeded', 'authorization', 'front-desk', 'appeal'],
  ['39', 'auth-denied', 'authorization', 'front-desk', 'appeal'],
  ['243', 'network-auth', 'authorization', 'front-desk', 'appeal'],
  ['288', 'referral-absent', 'authorization', 'front-desk', 'appeal'],

  // Payer policy: benefit limits and coverage rules.
  ['35', 'lifetime-max', 'payer-policy', 'biller', 'write-off'],
  ['119', 'period-max', 'payer-policy', 'biller', 'write-off'],
  ['149', 'lifetime-max', 'payer-policy', 'biller', 'write-off'],
  ['40', 'urgency-criteria', 'payer-policy', 'biller', 'appeal'],
  ['55', 'experimental', 'payer-policy', 'biller', 'appeal'],
  ['56', 'not-proven', 'payer-policy', 'biller', 'appeal'],
  ['204', 'plan-exclusion', 'payer-policy', 'biller', 'appeal'],
  ['256', 'contract-exclusion', 'payer-policy', 'biller', 'write-off'],
  ['272', 'program-guidelines', 'payer-policy', 'biller', 'appeal'],
  ['273', 'program-guidelines', 'payer-policy', 'biller', 'appeal'],
  ['B20', 'other-provider', 'payer-policy', 'biller', 'appeal'],
  ['A1', 'generic-denial', 'billing', 'biller', 'appeal'],
];

export const builtInTable: TriageRule[] = rows.map(([carc, category, origin, owner, action, narrow]) => ({
  carc, category, origin, owner, action, ...(narrow?.group ? { group: narrow.group } : {}), ...(narrow?.rarc ? { rarc: narrow.rarc } : {}),
}));
