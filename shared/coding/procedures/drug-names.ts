/**
 * Names a note uses for a drug that the HCPCS title spells another way. Each entry cites the FDA
 * label (DailyMed) that gives the proprietary name's established name.
 */
export interface DrugName {
  said: RegExp;
  means: string;
  source: string;
}

const label = (brand: string) => `FDA label (DailyMed): ${brand}, established name as in the HCPCS title`;

export const brandNames: DrugName[] = [
  { said: /\bdepo-?medrol\b/i, means: 'methylprednisolone acetate', source: label('Depo-Medrol') },
  { said: /\bsolu-?medrol\b/i, means: 'methylprednisolone sodium succinate', source: label('Solu-Medrol') },
  { said: /\bkenalog\b/i, means: 'triamcinolone acetonide', source: label('Kenalog-10/-40') },
  { said: /\bdecadron\b/i, means: 'dexamethasone sodium phosphate', source: label('Decadron') },
  { said: /\btoradol\b/i, means: 'ketorolac tromethamine', source: label('Toradol') },
  { said: /\brocephin\b/i, means: 'ceftriaxone sodium', source: label('Rocephin') },
  { said: /\bzofran\b/i, means: 'ondansetron hydrochloride', source: label('Zofran') },
  { said: /\bbenadryl\b/i, means: 'diphenhydramine hcl', source: label('Benadryl injection') },
  { said: /\bbotox\b/i, means: 'onabotulinumtoxina', source: label('Botox') },
  { said: /\bprolia\b|\bxgeva\b/i, means: 'denosumab', source: label('Prolia / Xgeva') },
  { said: /\breclast\b|\bzometa\b/i, means: 'zoledronic acid', source: label('Reclast / Zometa') },
  { said: /\baranesp\b/i, means: 'darbepoetin alfa', source: label('Aranesp') },
  { said: /\bkeytruda\b/i, means: 'pembrolizumab', source: label('Keytruda') },
  { said: /\bnexplanon\b|\bimplanon\b/i, means: 'etonogestrel contraceptive implant system', source: label('Nexplanon') },
  { said: /\brho\s?gam\b|\brho\s?\(?d\)?\s+immune globulin\b/i, means: 'rho d immune globulin', source: label('RhoGAM (Rho(D) immune globulin)') },
  { said: /\bdepo-?provera\b/i, means: 'medroxyprogesterone acetate', source: label('Depo-Provera CI') },
  { said: /\bbicillin l-?a\b/i, means: 'penicillin g benzathine', source: label('Bicillin L-A') },
  { said: /\bvivitrol\b/i, means: 'naltrexone', source: label('Vivitrol') },
  { said: /\bxolair\b/i, means: 'omalizumab', source: label('Xolair') },
  { said: /\bventolin\b|\bproventil\b/i, means: 'albuterol', source: label('Ventolin / Proventil inhalation solution') },
  { said: /\batrovent\b/i, means: 'ipratropium bromide', source: label('Atrovent inhalation solution') },
  { said: /\b(?:vitamin )?b-?12\b|\bcyanocobalamin\b/i, means: 'vitamin b-12 cyanocobalamin', source: label('Cyanocobalamin injection (vitamin B12)') },
];

/**
 * The salt a drug takes when the note names only its base, by route: depot suspensions (acetate)
 * are given IM or into a joint, never IV; the soluble salts are the IV/IM forms.
 */
export const defaultSalts: { base: string; route: RegExp; salt: string; source: string }[] = [
  { base: 'methylprednisolone', route: /\b(?:IV|intravenous\w*)\b/i, salt: 'sodium succinate', source: label('Solu-Medrol (IV/IM)') },
  { base: 'methylprednisolone', route: /./, salt: 'acetate', source: label('Depo-Medrol (IM, intra-articular; not for IV use)') },
  { base: 'dexamethasone', route: /./, salt: 'sodium phosphate', source: label('Dexamethasone sodium phosphate injection (IV/IM)') },
  { base: 'triamcinolone', route: /./, salt: 'acetonide', source: label('Kenalog (triamcinolone acetonide injectable suspension)') },
  { base: 'medroxyprogesterone', route: /./, salt: 'acetate', source: label('Depo-Provera CI (medroxyprogesterone acetate)') },
  { base: 'ceftriaxone', route: /./, salt: 'sodium', source: label('Ceftriaxone for injection (ceftriaxone sodium)') },
  { base: 'ketorolac', route: /./, salt: 'tromethamine', source: label('Ketorolac tromethamine injection') },
];
