import { matchesOf } from '../text/matches.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { global } from '../em/cue.ts';
import { type VaccineGroup, type VaccineProduct, vaccineProducts } from './vaccine-products.ts';

/**
 * Vaccines given in the visit: each product (CPT) and its administration. Medicare Part B reports
 * influenza, pneumococcal and hepatitis B administration with G0008 / G0009 / G0010 (CMS Medicare
 * Claims Processing Manual ch. 18 §10); otherwise 90460/90461 when a physician or QHP counsels a
 * patient under 19 on each vaccine, else 90471/90472 (90473/90474 intranasal or oral) (CPT
 * immunization administration guidelines).
 */
/** Given now: a route, a dose volume, a site, a lot number, "VIS given" or "today" after the product's name. */
const givenNow =
  /\b(?:IM|SC|SQ|subcut\w*|intramuscular\w*|intranasal\w*|PO|oral(?:ly)?|\d(?:\.\d+)?\s*mL|deltoid|thigh|lot\b|VIS given|given|administered|today)\b/i;
/**
 * Told as history, refused or planned: "last Td 2012", "declines RSV", "Shingrix at 50"; a past
 * time ("given in October", "2 years ago") dates the dose before this visit (ConText historical);
 * up to date and so not given ("Tdap UTD, not given").
 */
const notNow =
  /\b(?:last|prior|previous|hx|history|completed?|UTD|up[- ]to[- ]date|not (?:given|administered|needed|indicated)|declin\w*|defer\w*|refus\w*|due|next|discuss\w*|recommend\w*|consider\w*|offered|at (?:work|pharmacy|birth)|pharmacy|nursery|in (?:the )?hospital|will|to be (?:given|administered)|plan\w*|ago|(?:in|since) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:19|20)\d\d|\d{1,2}\/\d{1,2})\b/i;
/** The vaccine named as the visit's purpose ("Encounter for flu vaccine", "Need for influenza vaccination": Index Need, vaccination, encounter for Z23). */
const encounterFor = /\b(?:encounter for|need for|here for|presents for)\s+(?:\w+\s+)?$/i;
/** A list introduced as given ("Immunizations (VIS given): MMR #1, varicella #1"). */
const leadIn = /\b(?:immuniz\w*|vaccines?|vaccinations?)\b[^:]*\b(?:given|administered)\b[^:]*:\s*$/i;
const medicarePartB: Partial<Record<VaccineGroup, string>> = { influenza: 'G0008', pneumococcal: 'G0009', 'hepatitis-b': 'G0010' };

interface Given {
  product: VaccineProduct;
  code: string;
  start: number;
  end: number;
}

/** Any product name at all: lines without one are not read product by product. */
const anyProduct = new RegExp(vaccineProducts.map((p) => `(?:${p.said.source})`).join('|'), 'i');

/** Whether a stretch of text names a vaccine product. */
export const namesVaccine = (text: string): boolean => anyProduct.test(text);

export function givenVaccines(doc: ClinicalDocument, readable: (at: number) => boolean): Given[] {
  const out: Given[] = [];
  if (!anyProduct.test(doc.text)) return out;
  for (const lm of doc.text.matchAll(/[^\n]+/g)) {
    const line = lm[0];
    if (!readable(lm.index) || !anyProduct.test(line)) continue;
    const found: { p: VaccineProduct; start: number; end: number }[] = [];
    for (const p of vaccineProducts) {
      for (const m of matchesOf(global(p.said), line)) {
        if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
        found.push({ p, start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => a.start - b.start);
    found.forEach((f, i) => {
      const after = line.slice(f.end, found[i + 1]?.start ?? line.length).split(/\.\s|;/)[0]!;
      const before = line
        .slice(0, f.start)
        .split(/\.\s|;|,|\(|\s[-–]\s/)
        .at(-1)!;
      const listed = leadIn.test(line.slice(0, found[0]!.start)) && !notNow.test(line.slice(0, found[0]!.start).replace(/\bVIS given\b/gi, ''));
      const purpose = encounterFor.test(before);
      if ((!givenNow.test(after) && !listed && !purpose) || notNow.test(before) || notNow.test(after.split(/[(,]/)[0]!)) return;
      const code = typeof f.p.cpt === 'string' ? f.p.cpt : f.p.cpt(doc.patient.age);
      if (out.some((g) => g.code === code)) return;
      out.push({ product: f.p, code, start: lm.index + f.start, end: lm.index + f.end });
    });
  }
  return out;
}

/** Medicare Part B from the note: a payer named Medicare, or age 65+ with no other payer named. */
export function isMedicare(doc: ClinicalDocument): boolean {
  if (/\bMedicare\b/.test(doc.text)) return true;
  return (doc.patient.age ?? 0) >= 65 && !/\b(?:commercial|private insurance|Medicaid|PPO|HMO|self-pay)\b/i.test(doc.text);
}

export function vaccineSuggestions(doc: ClinicalDocument, codeSets: CodeSets, readable: (at: number) => boolean): Suggestion[] {
  const given = givenVaccines(doc, readable);
  if (!given.length) return [];
  const { text } = doc;
  const ev = (g: Given) => [{ start: g.start, end: g.end, text: text.slice(g.start, g.end) }];
  const out: Suggestion[] = given.map((g) => ({
    system: 'CPT',
    code: g.code,
    title: g.product.label,
    recommended: !g.product.generic,
    confidence: g.product.generic ? 0.4 : 0.8,
    first: false,
    evidence: ev(g),
    why: [g.product.generic ? 'vaccine given, product not named: confirm the product' : 'vaccine product given in the visit (CDC CPT-CVX code set)'],
  }));
  const medicare = isMedicare(doc);
  const rest: Given[] = [];
  for (const g of given) {
    const code = medicare ? medicarePartB[g.product.group] : undefined;
    const entry = code ? codeSets.hcpcs(code, doc.dateOfService) : null;
    if (entry)
      out.push({
        system: 'HCPCS',
        code: entry.code,
        title: entry.title,
        recommended: true,
        confidence: 0.8,
        first: false,
        evidence: ev(g),
        why: ['Medicare Part B vaccine administration (CMS Claims Processing Manual ch. 18)'],
      });
    else rest.push(g);
  }
  if (!rest.length) return out;
  const counseled = (doc.patient.age ?? 99) < 19 && /\bcounsel\w*\b/i.test(text);
  if (counseled) {
    out.push({
      system: 'CPT',
      code: '90460',
      title: 'Immunization administration with counseling, first component, each vaccine',
      recommended: true,
      confidence: 0.75,
      first: false,
      evidence: ev(rest[0]!),
      why: ['under 19 with physician/QHP counseling: one per vaccine'],
      ...(rest.length > 1 && { units: rest.length }),
    });
    const extra = rest.reduce((n, g) => n + g.product.components - 1, 0);
    if (extra)
      out.push({
        system: 'CPT',
        code: '90461',
        title: 'Immunization administration with counseling, each additional component',
        recommended: true,
        confidence: 0.7,
        first: false,
        evidence: ev(rest[0]!),
        why: ['each component beyond the first of each vaccine'],
        ...(extra > 1 && { units: extra }),
      });
    return out;
  }
  const injected = rest.filter((g) => !g.product.route);
  const other = rest.filter((g) => g.product.route);
  const first = injected.length ? '90471' : '90473';
  out.push({
    system: 'CPT',
    code: first,
    title: first === '90471' ? 'Immunization administration, first injected vaccine' : 'Immunization administration, first intranasal or oral vaccine',
    recommended: true,
    confidence: 0.75,
    first: false,
    evidence: ev(rest[0]!),
    why: ['first vaccine administered'],
  });
  const more = rest.length - 1;
  if (more) {
    const code = injected.length > 1 || (injected.length === 1 && other.length === 0) ? '90472' : '90474';
    out.push({
      system: 'CPT',
      code,
      title: 'Immunization administration, each additional vaccine',
      recommended: true,
      confidence: 0.7,
      first: false,
      evidence: ev(rest[1]!),
      why: ['each additional vaccine'],
      ...(more > 1 && { units: more }),
    });
  }
  return out;
}

/** Medicare annual wellness visit: G0438 once in a lifetime (only when the note says initial/first), G0439 after (CMS MLN AWV booklet). */
export function wellnessVisit(doc: ClinicalDocument, codeSets: CodeSets): Suggestion[] {
  const m = /\b(?:Medicare )?annual wellness visit\b|\bAWV\b/i.exec(doc.text);
  if (!m) return [];
  const initial = /\b(?:initial|first)\b[^.\n]{0,20}\b(?:AWV|annual wellness)|\b(?:AWV|annual wellness visit)\b[^.\n]{0,5}\b(?:initial|first)\b/i.test(
    doc.text,
  );
  const entry = codeSets.hcpcs(initial ? 'G0438' : 'G0439', doc.dateOfService);
  if (!entry) return [];
  return [
    {
      system: 'HCPCS',
      code: entry.code,
      title: entry.title,
      recommended: true,
      confidence: 0.8,
      first: false,
      evidence: [{ start: m.index, end: m.index + m[0].length, text: m[0] }],
      why: [initial ? 'initial AWV documented' : 'AWV not documented as initial: subsequent (G0439)'],
    },
  ];
}
