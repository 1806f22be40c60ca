import type { CodeSets } from '../../codes/code-sets.ts';
import { baseOf } from '../../codes/year-view.ts';

/**
 * Drug codes read from the HCPCS Level II file's own titles ("Injection, denosumab, 1 mg",
 * "Albuterol, inhalation solution, ..., unit dose, 1 mg"): the drug's name, the amount one
 * billing unit covers (from the descriptor: "1 mg", "per 250 mg", "up to 1000 mcg", "100 iu"),
 * its route, and the qualifiers that tell sibling codes apart.
 */
export type DoseUnit = 'mg' | 'mcg' | 'unit' | 'iu' | 'ml';
export interface DrugCode {
  code: string;
  title: string;
  /** Lower-case words of the drug's name, punctuation folded ("rho(d)" -> "rho d"). */
  name: string;
  /** One billing unit, or null when the code is billed per item ("implant system"). */
  per: { amount: number; unit: DoseUnit; upTo: boolean } | null;
  route: 'injection' | 'inhalation' | 'implant' | 'other';
  /** Words of the title beyond name and dose ("preservative free", "non-compounded", "(rhophylac)"). */
  qualifiers: string[];
}

export const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[()[\]]/g, ' ')
    .replace(/[^a-z0-9%.+/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const unitWord: Record<string, DoseUnit> = {
  mg: 'mg',
  milligram: 'mg',
  milligrams: 'mg',
  mcg: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  unit: 'unit',
  units: 'unit',
  iu: 'iu',
  'i.u.': 'iu',
  ml: 'ml',
  cc: 'ml',
  gram: 'mg',
  grams: 'mg',
  g: 'mg',
};
const perPart = /^(?:(per|up to)\s+)?(\d[\d,]*(?:\.\d+)?)?\s*(mg|milligrams?|mcg|micrograms?|units?|iu|i\.u\.|ml|cc|grams?|g)\b(?!\s+dose)/i;

/** "1 mg" -> {1, mg}; "per milligram" -> {1, mg}; "1 gram" -> {1000, mg}. */
export function parsePer(part: string): DrugCode['per'] {
  const m = perPart.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const unit = unitWord[m[3]!.toLowerCase()]!;
  let amount = m[2] ? Number(m[2].replace(/,/g, '')) : 1;
  if (/^(?:g|grams?)$/i.test(m[3]!)) amount *= 1000;
  return { amount, unit, upTo: m[1]?.toLowerCase() === 'up to' };
}

/** A title's name, billing unit, route and qualifiers, or null for codes that are not one drug (supplies, combinations, oral forms). */
export function parseDrugTitle(code: string, title: string): DrugCode | null {
  if (!/^[JQ]\d{4}$/.test(code)) return null;
  const parts = title.split(/,\s*/);
  let route: DrugCode['route'] = 'other';
  if (/^injection$/i.test(parts[0]!)) {
    route = 'injection';
    parts.shift();
  } else if (/\binhalation\b/i.test(title)) route = 'inhalation';
  else if (/\bimplant\b/i.test(title)) route = 'implant';
  else return null;
  if (/\boral\b|\band\b.*\d\s*(?:mg|mcg)/i.test(title) && route !== 'injection') return null;
  const name = fold(parts.shift() ?? '');
  // A combination product names two drugs with their amounts ("acetaminophen 10 mg and ibuprofen 3 mg").
  if (!name || /\d\s*(?:mg|mcg)\b/.test(name)) return null;
  let per: DrugCode['per'] = null;
  const qualifiers: string[] = [];
  for (const p of parts) {
    const dose: DrugCode['per'] = per ? null : parsePer(p);
    if (dose) {
      per = dose;
      const rest = fold(p.replace(perPart, ''));
      if (rest) qualifiers.push(rest);
    } else if (fold(p)) qualifiers.push(fold(p));
  }
  return { code, title, name, per, route, qualifiers };
}

const cache = new WeakMap<object, DrugCode[]>();

/** Every single-drug code of the HCPCS file (all quarters; validity on a date is checked per suggestion). */
export function drugCatalogue(codeSets: CodeSets): DrugCode[] {
  let list = cache.get(baseOf(codeSets));
  if (!list) {
    list = [];
    for (const [code, title] of codeSets.hcpcsTitles()) {
      const d = parseDrugTitle(code, title);
      if (d) list.push(d);
    }
    cache.set(baseOf(codeSets), list);
  }
  return list;
}
