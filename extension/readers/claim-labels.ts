/**
 * Screen labels of claim fields, as data. Each entry cites its general source: the CMS-1500
 * (02/12) item it is (NUCC 1500 Claim Form Reference Instruction Manual) or the 837P element
 * (ASC X12 005010X222A1) it carries; the synonyms are the words practice-management screens use
 * for the same item. Patterns are tried against the whole label, lower-cased, without its colon.
 */
export interface LabelRule {
  field: string;
  patterns: RegExp[];
}

export const claimLabels: LabelRule[] = [
  // CMS-1500 item 1a "Insured's ID Number"; 837P NM109 of loop 2010BA (subscriber).
  {
    field: 'patient.memberId',
    patterns: [
      /^(1a\.?\s*)?insured'?s (id|i\.d\.)( number| no\.?)?$/,
      /^(member|subscriber|policy|insurance|medicaid|medicare|recipient|beneficiary|mbi|insured)\s*(id|#|no\.?|nbr|number)( number| #)?$/,
      /^(member|subscriber) id \/ policy #?$/,
      /^id (number|#)$/,
      /^mbi$/,
    ],
  },
  // CMS-1500 item 2 "Patient's Name" (Last, First, Middle).
  { field: 'patient.name', patterns: [/^(2\.?\s*)?patient'?s? name$/, /^patient( \(last, first\))?$/, /^(patient|member) name$/] },
  { field: 'patient.lastName', patterns: [/^(patient'?s? )?last name$/] },
  { field: 'patient.firstName', patterns: [/^(patient'?s? )?first name$/] },
  // CMS-1500 item 3 "Patient's Birth Date" and "Sex".
  { field: 'patient.dob', patterns: [/^(3\.?\s*)?(patient'?s? )?(birth ?date|date of birth|dob|d\.o\.b\.?)$/] },
  { field: 'patient.sex', patterns: [/^(patient'?s? )?(sex|gender|sex \(m\/f\))$/] },
  // CMS-1500 item 11c "Insurance Plan Name or Program Name"; 837P NM103 of loop 2010BB (payer).
  {
    field: 'payer.name',
    patterns: [
      /^(11c\.?\s*)?insurance plan name( or program name)?$/,
      /^(primary )?(payer|payor|insurance|carrier|insurance carrier|insurance company|plan)( name)?$/,
    ],
  },
  // 837P NM109 of loop 2010BB: the payer identifier (clearinghouse payer id).
  { field: 'payer.payerId', patterns: [/^(payer|payor|carrier) id$/, /^(edi|electronic) payer id$/] },
  // CMS-1500 item 24B "Place of Service" (here at claim level; per line it is a line column).
  { field: 'placeOfService', patterns: [/^(24b\.?\s*)?place of service$/, /(^|\s)pos( code)?$/, /^(facility|service) (type|location) \(pos\)$/] },
  // CMS-1500 item 24J "Rendering Provider ID #" (NPI); 837P NM109 of loop 2310B.
  {
    field: 'renderingProvider.npi',
    patterns: [
      /^(rendering|servicing|treating|performing)( provider| physician)?$/,
      /^(24j\.?\s*)?rendering (provider )?(id|npi)\.?( #)?$/,
      /^(rendering|servicing|treating|performing) (provider|physician) npi$/,
      /^(rendering|servicing|provider) npi$/,
    ],
  },
  // CMS-1500 item 33a "Billing Provider NPI"; 837P NM109 of loop 2010AA.
  {
    field: 'billingProvider.npi',
    patterns: [/^billing provider$/, /^(33a\.?\s*)?billing (provider )?npi( #)?$/, /^(group|practice|billing) npi$/, /^33a\.?( npi)?$/],
  },
  // CMS-1500 item 23 "Prior Authorization Number"; 837P REF*G1 of loop 2300.
  {
    field: 'priorAuthorization',
    patterns: [
      /^(23\.?\s*)?prior auth(orization|\.)?( number| no\.?| #)?$/,
      /^(auth|authorization|pre-?cert(ification)?|referral\/auth(orization)?)( number| no\.?| #)?$/,
    ],
  },
  // 837P CLM01: the practice's claim / patient control number (CMS-1500 item 26).
  { field: 'id', patterns: [/^(claim|encounter|visit|ticket|batch) (id|#|no\.?|number)$/, /^(26\.?\s*)?patient'?s account (no\.?|number)$/] },
  // CMS-1500 item 24A "Date(s) of Service" when a screen shows one date for the whole claim.
  { field: 'dateOfService', patterns: [/^(24a\.?\s*)?date(s)? of service( from)?$/, /^(dos|service date|visit date|encounter date)( from)?$/] },
];

/**
 * CMS-1500 item 21 "Diagnosis or Nature of Illness or Injury", lettered A-L (837P HI01-HI12):
 * "A.", "21A", "Dx A", "Diagnosis 1", "ICD-10 2", "Diag 3". Returns the 0-based position.
 */
export function diagnosisIndex(label: string): number | undefined {
  if (/^icd-?10(-cm)?( codes?)?$/.test(label)) return undefined; // the code set's name, not "ICD 10" (J)
  const m = label.match(/^(?:21\.?\s*)?(?:dx|diag(?:nosis)?|icd(?:-?10)?(?:-cm)?(?: code)?|diagnosis code)?\s*[#.-]?\s*([a-l]|\d{1,2})\s*[.)]?$/);
  if (!m) return undefined;
  const key = m[1]!;
  const i = /\d/.test(key) ? Number(key) - 1 : key.charCodeAt(0) - 97;
  return i >= 0 && i < 12 ? i : undefined;
}

/**
 * Column headers of a service-line table: CMS-1500 item 24 sub-items (24A dates, 24B place of
 * service, 24D procedure and modifiers, 24E diagnosis pointer, 24F charges, 24G days or units,
 * 24J rendering NPI) and the 837P SV1 elements (SV101 procedure and modifiers, SV102 charge,
 * SV104 units, SV107 pointers; DTP*472 service date).
 */
export const lineColumns: LabelRule[] = [
  { field: 'dateOfService', patterns: [/(24a|date\(?s\)? of service|\bdos\b|service date|from date|^from$|^date$|svc date|date from)/] },
  { field: 'placeOfService', patterns: [/(24b|place of service|^pos$)/] },
  { field: 'modifiers', patterns: [/(modifier|^mods?\b|^mod ?\d$|^m\d$)/] },
  { field: 'diagnosisPointers', patterns: [/(24e|pointer|ptr|dx ?ref|diag(nosis)? ref|icd ref|^dx$|^diag$|^dx link)/] },
  { field: 'code', patterns: [/(24d|cpt|hcpcs|procedure|^proc\b|service code|^code$|billing code)/] },
  { field: 'charge', patterns: [/(24f|charge|^fee$|amount|billed|price)/] },
  { field: 'units', patterns: [/(24g|units?\b|^qty$|quantity|days or units|^days$)/] },
  { field: 'renderingNpi', patterns: [/(24j|rendering)/] },
];

/**
 * Payer kind from the payer's name, by the program types of CMS-1500 item 1 (Medicare,
 * Medicaid, TRICARE, CHAMPVA, Group Health Plan, FECA, Other) and 837P SBR09 filing indicators.
 */
export function payerKindOf(name = ''): 'medicare' | 'medicare-advantage' | 'medicaid' | 'tricare' | 'workers-comp' | 'commercial' {
  if (/medicare advantage/i.test(name)) return 'medicare-advantage';
  if (/medicare/i.test(name)) return 'medicare';
  if (/medicaid|medi-cal/i.test(name)) return 'medicaid';
  if (/tricare|champva/i.test(name)) return 'tricare';
  if (/workers'? ?comp|\bfeca\b/i.test(name)) return 'workers-comp';
  return 'commercial';
}
