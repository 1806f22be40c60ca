/**
 * Vaccine products by the names notes use, with their CPT product code, antigen components
 * (for 90461) and the Medicare Part B administration group. Code numbers from CDC's IIS code set
 * "CPT codes mapped to CVX codes" (cdc.gov/vaccines/programs/iis/code-sets); labels are our own.
 */
export type VaccineGroup = 'influenza' | 'pneumococcal' | 'hepatitis-b' | 'other';
export interface VaccineProduct {
  said: RegExp;
  cpt: string | ((age: number | undefined) => string);
  label: string;
  components: number;
  group: VaccineGroup;
  route?: 'intranasal' | 'oral';
  source: string;
  generic?: boolean;
}

const CDC = 'CDC IIS code set: CPT codes mapped to CVX';

/** Ordered: the more specific product first (a combination before its parts, a brand before its class). */
export const vaccineProducts: VaccineProduct[] = [
  { said: /\bPCV ?20\b|\bPrevnar ?20\b/i, cpt: '90677', label: 'Pneumococcal conjugate vaccine, 20-valent', components: 1, group: 'pneumococcal', source: CDC },
  { said: /\bPCV ?21\b|\bCapvaxive\b/i, cpt: '90684', label: 'Pneumococcal conjugate vaccine, 21-valent', components: 1, group: 'pneumococcal', source: CDC },
  { said: /\bPCV ?15\b|\bVaxneuvance\b/i, cpt: '90671', label: 'Pneumococcal conjugate vaccine, 15-valent', components: 1, group: 'pneumococcal', source: CDC },
  { said: /\bPCV ?13\b|\bPrevnar ?13\b/i, cpt: '90670', label: 'Pneumococcal conjugate vaccine, 13-valent', components: 1, group: 'pneumococcal', source: CDC },
  {
    said: /\bPPSV ?23\b|\bPneumovax\b/i,
    cpt: '90732',
    label: 'Pneumococcal polysaccharide vaccine, 23-valent',
    components: 1,
    group: 'pneumococcal',
    source: CDC,
  },
  {
    said: /\bFluzone High-?Dose\b|\bHD-IIV\d?\b|\bhigh-dose (?:flu|influenza)\b/i,
    cpt: '90662',
    label: 'Influenza vaccine, high-dose',
    components: 1,
    group: 'influenza',
    source: CDC,
  },
  {
    said: /\bFluad\b|\baIIV\d?\b|\badjuvanted (?:flu|influenza)\b/i,
    cpt: '90653',
    label: 'Influenza vaccine, adjuvanted',
    components: 1,
    group: 'influenza',
    source: CDC,
  },
  {
    said: /\bFlublok\b|\bRIV\d?\b|\brecombinant (?:flu|influenza)\b/i,
    cpt: '90673',
    label: 'Influenza vaccine, recombinant',
    components: 1,
    group: 'influenza',
    source: CDC,
  },
  { said: /\bFlucelvax\b|\bccIIV\d?\b/i, cpt: '90661', label: 'Influenza vaccine, cell culture-derived', components: 1, group: 'influenza', source: CDC },
  {
    said: /\bFluMist\b|\bLAIV\d?\b/i,
    cpt: '90660',
    label: 'Influenza vaccine, live, intranasal',
    components: 1,
    group: 'influenza',
    route: 'intranasal',
    source: CDC,
  },
  {
    said: /\b(?:influenza|flu) (?:vaccine|vaccination|shot)\b|\bIIV\d?\b/i,
    cpt: '90656',
    label: 'Influenza vaccine, inactivated, preservative-free (product not named)',
    components: 1,
    group: 'influenza',
    source: CDC,
    generic: true,
  },
  { said: /\bDTaP-IPV[-/]Hib\b|\bPentacel\b/i, cpt: '90698', label: 'DTaP-IPV/Hib vaccine', components: 5, group: 'other', source: CDC },
  { said: /\bDTaP-HepB-IPV\b|\bPediarix\b/i, cpt: '90723', label: 'DTaP-HepB-IPV vaccine', components: 5, group: 'other', source: CDC },
  { said: /\bDTaP-IPV\b|\bKinrix\b|\bQuadracel\b/i, cpt: '90696', label: 'DTaP-IPV vaccine', components: 4, group: 'other', source: CDC },
  { said: /\bDTaP\b|\bDaptacel\b|\bInfanrix\b/i, cpt: '90700', label: 'DTaP vaccine', components: 3, group: 'other', source: CDC },
  { said: /\bTdap\b|\bBoostrix\b|\bAdacel\b/i, cpt: '90715', label: 'Tdap vaccine', components: 3, group: 'other', source: CDC },
  { said: /\bTd\b|\bTenivac\b|\bTDVAX\b/, cpt: '90714', label: 'Td vaccine', components: 2, group: 'other', source: CDC },
  {
    // A tetanus-containing vaccine named only by its antigen ("Tetanus booster given"): Td or Tdap, to confirm.
    said: /\btetanus (?:booster|vaccine|vaccination|toxoid|shot|immunization)\b/i,
    cpt: '90714',
    label: 'Tetanus-containing vaccine (Td or Tdap: product not named)',
    components: 2,
    group: 'other',
    source: CDC,
    generic: true,
  },
  { said: /\bMMRV\b|\bProQuad\b/i, cpt: '90710', label: 'MMRV vaccine', components: 4, group: 'other', source: CDC },
  { said: /\bMMR\b|\bM-M-R\b|\bPriorix\b/i, cpt: '90707', label: 'MMR vaccine', components: 3, group: 'other', source: CDC },
  { said: /\bvaricella\b(?! zoster)|\bVarivax\b/i, cpt: '90716', label: 'Varicella vaccine', components: 1, group: 'other', source: CDC },
  {
    said: /\bShingrix\b|\bRZV\b|\brecombinant zoster\b|\bzoster vaccine\b/i,
    cpt: '90750',
    label: 'Zoster vaccine, recombinant',
    components: 1,
    group: 'other',
    source: CDC,
  },
  { said: /\bHeplisav\b/i, cpt: '90739', label: 'Hepatitis B vaccine, adjuvanted, 2-dose', components: 1, group: 'hepatitis-b', source: CDC },
  {
    said: /\bhep(?:atitis)? ?B\b(?! (?:surface|core|immune))|\bEngerix\b|\bRecombivax\b/i,
    cpt: (age) => ((age ?? 30) < 20 ? '90744' : '90746'),
    label: 'Hepatitis B vaccine, by age',
    components: 1,
    group: 'hepatitis-b',
    source: CDC,
  },
  {
    said: /\bhep(?:atitis)? ?A\b|\bHavrix\b|\bVaqta\b/i,
    cpt: (age) => ((age ?? 30) < 19 ? '90633' : '90632'),
    label: 'Hepatitis A vaccine, by age',
    components: 1,
    group: 'other',
    source: CDC,
  },
  { said: /\bHPV\b|\bGardasil\b/i, cpt: '90651', label: 'HPV vaccine, 9-valent', components: 1, group: 'other', source: CDC },
  { said: /\bIPV\b|\bIPOL\b/i, cpt: '90713', label: 'Poliovirus vaccine, inactivated', components: 1, group: 'other', source: CDC },
  { said: /\bPedvaxHIB\b/i, cpt: '90647', label: 'Hib vaccine, PRP-OMP', components: 1, group: 'other', source: CDC },
  { said: /\bHib\b|\bActHIB\b|\bHiberix\b/i, cpt: '90648', label: 'Hib vaccine, PRP-T', components: 1, group: 'other', source: CDC },
  { said: /\bMenQuadfi\b/i, cpt: '90619', label: 'Meningococcal conjugate vaccine (MenACWY-TT)', components: 1, group: 'other', source: CDC },
  { said: /\bMenACWY\b|\bMenveo\b/i, cpt: '90734', label: 'Meningococcal conjugate vaccine (MenACWY)', components: 1, group: 'other', source: CDC },
  { said: /\bBexsero\b/i, cpt: '90620', label: 'Meningococcal B vaccine (MenB-4C)', components: 1, group: 'other', source: CDC },
  { said: /\bTrumenba\b/i, cpt: '90621', label: 'Meningococcal B vaccine (MenB-FHbp)', components: 1, group: 'other', source: CDC },
  { said: /\bRotaTeq\b|\bRV5\b/i, cpt: '90680', label: 'Rotavirus vaccine, pentavalent', components: 1, group: 'other', route: 'oral', source: CDC },
  { said: /\bRotarix\b|\bRV1\b/i, cpt: '90681', label: 'Rotavirus vaccine, monovalent', components: 1, group: 'other', route: 'oral', source: CDC },
  { said: /\bArexvy\b/i, cpt: '90679', label: 'RSV vaccine, adjuvanted', components: 1, group: 'other', source: CDC },
  { said: /\bAbrysvo\b/i, cpt: '90678', label: 'RSV vaccine, bivalent', components: 1, group: 'other', source: CDC },
];
