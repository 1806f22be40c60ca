/**
 * The words that tell what a page is, as data, each group with its general source. A cue counts
 * once per page however often it appears; structure (a service-line or remittance table) weighs
 * more than words and is scored in classify-page.ts.
 */
export type PageKind = 'note' | 'claim' | 'eligibility' | 'remittance' | 'other';
export const pageKinds: PageKind[] = ['note', 'claim', 'eligibility', 'remittance', 'other'];

export const cues: Record<Exclude<PageKind, 'other'>, RegExp[]> = {
  // Clinical documentation headings: the history, examination and medical decision-making
  // elements of the CMS 1995/1997 Documentation Guidelines for E/M Services, and the SOAP note
  // sections (Weed, problem-oriented medical record).
  note: [
    /\bchief complaint\b|\bcc:/,
    /\bhistory of present illness\b|\bhpi\b/,
    /\breview of systems\b|\bros:/,
    /\bpast medical history\b|\bpmh\b/,
    /\bphysical exam(ination)?\b|\bexam:/,
    /\bassessment( and plan)?:?/,
    /\bplan:/,
    /\bimpression:/,
    /\bsubjective:/,
    /\bobjective:/,
    /\bvital signs\b|\bvitals:/,
    /\ballergies:/,
    /\bsocial history\b/,
    /\bfamily history\b/,
    /\bmedical decision making\b/,
    /\bprogress note\b|\bdischarge summary\b|\bvisit note\b/,
  ],
  // CMS-1500 (02/12) item names (NUCC instruction manual) and the 837P claim words of
  // charge-entry screens.
  claim: [
    /\bdiagnosis pointer\b|\bdx ?(ptr|pointer)\b|\b24e\b/,
    /\bplace of service\b|\bpos\b/,
    /\brendering (provider|npi)\b|\b24j\b/,
    /\bbilling (provider|npi)\b|\b33a\b/,
    /\bprior auth(orization)?\b|\b23\.? prior\b/,
    /\bmodifiers?\b|\bmod ?1\b/,
    /\bcpt\b|\bhcpcs\b/,
    /\bunits\b|\bdays or units\b/,
    /\bcharge entry\b|\bcharges\b|\bsuperbill\b/,
    /\bnature of illness\b|\b(icd|dx) (a|1)\b/,
    /\binsured'?s id\b/,
    /\bsubmit claim\b|\bclaim (entry|form|edit)\b|\bcms-1500\b|\bhcfa\b/,
  ],
  // ASC X12 271 eligibility response elements as portals show them: EB01 coverage status,
  // EB benefit amounts (copay, deductible, coinsurance, out-of-pocket), DTP plan dates,
  // NM1 subscriber and group (REF*6P).
  eligibility: [
    /\beligibility\b/,
    /\bcoverage status\b|\bactive coverage\b|\binactive coverage\b/,
    /\b(plan|eligibility|coverage) (begin|end|effective|start)\b|\beffective date\b/,
    /\bterm(ination)? date\b|\bcoverage (end|ended|terminated)\b/,
    /\bco-?pay(ment)?\b/,
    /\bdeductible\b/,
    /\bco-?insurance\b/,
    /\bout[- ]of[- ]pocket\b/,
    /\bbenefits?\b/,
    /\bsubscriber\b/,
    /\bgroup (number|#|no)\b/,
    /\bin[- ]network\b|\bnetwork status\b/,
  ],
  // ASC X12 835 remittance and 277 claim-status elements: CLP/SVC amounts (billed, allowed,
  // paid), CAS adjustments with group codes and CARCs, LQ remark codes (RARC), BPR check/EFT.
  remittance: [
    /\ballowed\b/,
    /\bpaid (amount|amt)\b|\bamount paid\b|\bprovider paid\b|\bpayment amount\b/,
    /\badjustment\b|\badj (amt|code)\b/,
    /\breason code\b|\bcarc\b/,
    /\bremark code\b|\brarc\b/,
    /\bcheck (number|#|no)\b|\beft\b/,
    /\bremittance\b|\bremit\b|\bera\b/,
    /\bexplanation of (benefits|payment)\b|\beob\b/,
    /\bclaim status\b/,
    /\bpatient responsibility\b|\bpatient resp\b/,
    /\bdenied\b/,
  ],
};

/** CAS01 group code + CARC as printed ("CO-16", "PR 2", "OA-23"): X12 835 CAS segment. */
export const groupCarc = /\b(CO|PR|OA|PI|CR)[- ]?[A-Z]?\d{1,3}\b/g;
