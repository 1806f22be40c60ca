/**
 * Injected or infused drugs -> HCPCS Level II code and its billing unit, so units = dose / unit.
 * The title always comes from the HCPCS file (`codeSets.hcpcs`); only code and unit size live here.
 */
export const drugCodes: { re: RegExp; code: string; unitMg: number }[] = [
  // Methylprednisolone acetate is J1010 (1 mg) from 2024-04-01; J1020/J1030/J1040 (20/40/80 mg) before.
  // Both are listed: the HCPCS file's dates decide which one a date of service takes.
  { re: /\b(?:methylprednisolone acetate|depo-medrol)\b/i, code: 'J1010', unitMg: 1 },
  { re: /\b(?:methylprednisolone acetate|depo-medrol)\b/i, code: 'J1030', unitMg: 40 },
  { re: /\btriamcinolone acetonide\b(?! 0\.)/i, code: 'J3301', unitMg: 10 },
  { re: /\bdexamethasone\b/i, code: 'J1100', unitMg: 1 },
  { re: /\bdiphenhydramine\b/i, code: 'J1200', unitMg: 50 },
  { re: /\bpaclitaxel\b(?! protein)/i, code: 'J9267', unitMg: 1 },
  { re: /\bketorolac\b/i, code: 'J1885', unitMg: 15 },
  { re: /\bondansetron\b/i, code: 'J2405', unitMg: 1 },
  { re: /\bceftriaxone\b/i, code: 'J0696', unitMg: 250 },
  { re: /\bmedroxyprogesterone\b/i, code: 'J1050', unitMg: 1 },
  { re: /\bcyanocobalamin\b|\bvitamin B-?12 injection\b/i, code: 'J3420', unitMg: 1 },
  { re: /\btestosterone cypionate\b/i, code: 'J1071', unitMg: 1 },
];

/** A drug given in the visit (not prescribed to take home): route or "given/injected" near the dose. */
export const administered = /\b(?:IM|IV|SC|intramuscular|intravenous|subcutaneous|injected|injection|given|infused|push|intra-articular)\b/i;
export const prescribed = /\b(?:Rx|prescri\w*|PO|by mouth|cream|ointment|drops|daily x|taper|tablet|qHS|BID|TID|QID)\b/i;
