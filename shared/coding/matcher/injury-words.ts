import { tokenize, type Token } from '../text/tokens.ts';

/** Word forms a statement uses for the Index's subterm words (both sides are read through it). */
const forms: Record<string, string> = {
  // Index: Fracture, metacarpal, first ... fifth; Tabular S62/S92 titles name digits by ordinal.
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
  // Index: Fracture, thorax, vertebra, sixth ... twelfth (ribs and vertebrae are numbered past five).
  '6th': 'sixth',
  '7th': 'seventh',
  '8th': 'eighth',
  '9th': 'ninth',
  '10th': 'tenth',
  '11th': 'eleventh',
  '12th': 'twelfth',
  // Index: Fracture, radius, distal end - see Fracture, radius, lower end (likewise proximal / upper).
  distal: 'lower',
  proximal: 'upper',
  // Word forms (participles of the main terms).
  fractured: 'fracture',
  sprained: 'sprain',
  dislocated: 'dislocation',
  // Index: Bruise - see Contusion.
  bruise: 'contusion',
  bruised: 'contusion',
  bruising: 'contusion',
  // Word forms: Index "Osteoporosis"; "pathologic" and "pathological" both written in the Index.
  osteoporotic: 'osteoporosis',
  pathologic: 'pathological',
  // Index: Fracture, femur, shaft (lower third) (middle third) (upper third): the mid shaft is the shaft.
  midshaft: 'shaft',
  // Word form: the adjective of thorax (Index: Fracture, thorax, vertebra; Fracture, vertebra, thoracic).
  thoracic: 'thorax',
  // Word forms: the adjective of a site noun ("corneal" foreign body, "tibial" shaft).
  corneal: 'cornea',
  conjunctival: 'conjunctiva',
  scleral: 'sclera',
  retinal: 'retina',
  tibial: 'tibia',
  fibular: 'fibula',
  radial: 'radius',
  ulnar: 'ulna',
  humeral: 'humerus',
  // The glenohumeral joint is the humerus's joint with the glenoid: Index: Dislocation, shoulder, humerus (anterior S43.01-).
  glenohumeral: 'humerus',
  pelvic: 'pelvis',
  vertebral: 'vertebra',
  clavicular: 'clavicle',
  scapular: 'scapula',
  patellar: 'patella',
  malleolar: 'malleolus',
  sacral: 'sacrum',
  coccygeal: 'coccyx',
  calcaneal: 'calcaneus',
  orbital: 'orbit',
  mandibular: 'mandible',
  maxillary: 'maxilla',
  zygomatic: 'zygoma',
  sternal: 'sternum',
  phalangeal: 'phalanx',
};

/** A vertebra by its level ("L1", "T12", "C5"): Index: Fracture, traumatic, vertebra, cervical / thoracic / lumbar. */
const levels: Record<string, string> = { c: 'cervical', t: 'thoracic', l: 'lumbar' };
/** Index: Fracture, thorax, vertebra, first ... twelfth (likewise cervical and lumbar vertebrae by number). */
export const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Words the Index's site subterms carry that a statement leaves implied ("distal radius" for
 * "lower end"; "lateral malleolus" for "lateral malleolus only"; "radial head" for "radial head alone").
 */
export const fillers = new Set(['end', 'bone', 'part', 'region', 'nec', 'nos', 'specified', 'site', 'only', 'alone']);

/** A word as the Index writes it. */
export const indexWord = (stem: string): string => forms[stem] ?? stem;

/**
 * The statement's words as the Index writes them, each with the note's own stems that say it.
 * Read from the note's words and their abbreviations' expansions, not the region words another
 * chapter's rewrite adds beside a word it keeps ("toe" -> "toe ankle and foot"). A site said in
 * the plural ("ribs") is several: Index: Fracture, rib, multiple.
 */
export function saidWords(tokens: Token[], text: string): Map<string, Set<string>> {
  const said = new Map<string, Set<string>>();
  const note = (k: string, stem: string) => {
    let s = said.get(k);
    if (!s) said.set(k, (s = new Set()));
    s.add(stem);
  };
  const spans = new Map<string, Token[]>();
  for (const t of tokens) spans.set(`${t.start} ${t.end}`, [...(spans.get(`${t.start} ${t.end}`) ?? []), t]);
  for (const group of spans.values()) {
    const raw =
      group.length > 1 && group[0]!.start >= 0
        ? new Set(tokenize(text.slice(group[0]!.start, group[0]!.end)).flatMap((t) => [t.stem, indexWord(t.stem)]))
        : null;
    const kept = raw && group.some((t) => raw.has(t.stem)) ? group.filter((t) => raw.has(t.stem)) : group;
    for (const t of kept) {
      if (t.neg) continue;
      note(indexWord(t.stem), t.stem);
      const [, level, n] = /^([ctl])([1-9]|1[0-2])$/.exec(t.stem) ?? [];
      if (level && n) {
        note('vertebra', t.stem);
        note(indexWord(levels[level]!), t.stem);
        note(ordinals[Number(n) - 1]!, t.stem);
      }
      const word = t.start >= 0 ? text.slice(t.start, t.end).toLowerCase() : '';
      if (word === `${t.stem}s` && !/^(?:fracture|sprain|contusion|bod)/.test(t.stem)) note('multiple', t.stem);
    }
  }
  // Sites numbered twice ("5th and 6th rib fractures") are several, as a plural says (Index: Fracture, rib, multiple).
  const numbered = ordinals.filter((w) => said.has(w));
  if (numbered.length >= 2) for (const w of numbered) for (const stem of said.get(w)!) note('multiple', stem);
  // Toes by their number: the first is the great toe, the others lesser toes (Index: Fracture, toe, great / lesser; Tabular S92.4, S92.5).
  if (said.has('toe')) {
    const n = ['second', 'third', 'fourth', 'fifth'].find((w) => said.has(w));
    if (n) for (const stem of said.get(n)!) note('lesser', stem);
    if (said.has('first') || said.has('big')) for (const stem of said.get('first') ?? said.get('big')!) note('great', stem);
  }
  return said;
}
