/**
 * Tokens with their UTF-16 offsets, normalized to a stem so that "ureteral"/"ureter",
 * "seizures"/"seizure" and "convulsion"/"seizure" meet. Titles and note text go through
 * the same function, which is what makes title matching tolerant of inflection.
 */
export interface Token {
  stem: string;
  start: number;
  end: number;
  /** Inside a "without …" / "no …" stretch: the title or the note denies it. */
  neg: boolean;
  /** Inside parentheses in the note: an aside, weighs half when matching. */
  paren?: boolean;
  /** The note's own word, kept beside the words an entry adds ("carcinoma"): said, not expanded. */
  kept?: boolean;
}

/** A word the note's state supplies, read as an aside of no place in the text ("pregnancy" of a dated pregnancy). */
export const asideToken = (stem: string): Token => ({ stem, start: -1, end: -1, neg: false, paren: true });

/**
 * Same-meaning words in titles and notes, mapped to one stem (titles use formal words), each
 * group with its source: the Index's own listed forms and "see" references, the shared lexicon's
 * medical-abbreviations list ("abbr: X"), a guideline section, or a word form (adjective, plural,
 * British spelling) of the same word. '=' keeps a word from the plural rule below; '' drops it.
 */
export const synonymEntries: [words: string[], stem: string, source: string][] = [
  [['ureteral'], 'ureter', 'word form'],
  [['renal', 'nephric'], 'kidney', 'word form (adjective of kidney)'],
  [['calculous', 'calculi', 'stone'], 'calculus', 'Index: Calculus, calculous; Stone(s) - see Calculus'],
  [['seizure', 'convulsive'], 'convulsion', 'Index: Seizure(s) - see also Convulsions'],
  [['emboli', 'embolus', 'embolic'], 'embolism', 'Index: Embolus - see Embolism (emboli its plural)'],
  [['hemiparesis', 'hemiparetic'], 'hemiplegia', 'Index: Hemiparesis - see Hemiplegia'],
  [['cardiac'], 'heart', 'word form (adjective of heart)'],
  [['malignancy'], 'malignant', 'Index: Malignancy - see Neoplasm, malignant'],
  [['tumor'], 'neoplasm', 'Index: Tumor - see also Neoplasm, unspecified behavior'],
  [['hypoxic', 'hypoxemic', 'hypoxemia'], 'hypoxia', 'Index: Hypoxemia R09.02; Hypoxia R09.02'],
  [['hypercapnic'], 'hypercapnia', 'word form (Tabular J96 "with hypercapnia")'],
  [['female', 'male'], '', "CMS MCE: a code's sex is the patient record's, not a word of the note"],
  [['fall', 'falls'], 'falling', 'Index: Fall, falling'],
  [['febrile', 'febris'], 'fever', 'Index: Febris, febrile - see also Fever'],
  [['dependency'], 'dependence', 'word form'],
  [['uterine'], 'uterus', 'word form (adjective of uterus)'],
  [['macular'], 'macula', 'word form (adjective of macula; Index: Degeneration, macula, macular)'],
  [['gastric'], 'stomach', 'word form (adjective of stomach)'],
  [['hepatic'], 'liver', 'word form (adjective of liver)'],
  [['splenic'], 'spleen', 'word form (adjective of spleen)'],
  [['pancreas', 'pancreatic'], 'pancreas', 'word form (adjective of pancreas; "pancreas" is no plural)'],
  [['sacral'], 'sacrum', 'word form (adjective of sacrum; Tabular L89.15- "sacral region", S32.1- "sacrum")'],
  [['osseous'], 'bone', 'word form (adjective of bone)'],
  [['adhesive'], 'adhesion', 'Index: Adhesions, adhesive (the main term lists its forms)'],
  [['torn'], 'tear', 'Index: Tear, torn (the main term lists its forms)'],
  [
    ['aminotransferase', 'aminotransferases', 'transaminases'],
    'transaminase',
    'Index: Elevated, liver function, test, aminotransferase R74.0; Elevated, transaminase level R74.0 (one enzyme, two names)',
  ],
  [['ingrown'], 'ingrowing', 'word form (Index: Ingrowing, nail L60.0; "ingrown" its past participle)'],
  [['ulceration'], 'ulcer', 'Index: Ulcer, ulcerated, ulcerating, ulceration, ulcerative'],
  [['infectious', 'infected', 'infective'], 'infection', 'Index: Infection, infected, infective'],
  [['diabetic'], 'diabetes', 'Index: Diabetes, diabetic'],
  [['tophi', 'tophaceous'], 'tophus', 'Tabular M1A 7th character "with tophus (tophi)"; Index: Gout, tophaceous - see Gout, chronic'],
  [['hypertensive'], 'hypertension', 'Index: Hypertension, hypertensive'],
  [['asthmatic'], 'asthma', 'Index: Asthma, asthmatic'],
  [['obese'], 'obesity', 'word form'],
  [['hyperosmolar'], 'hyperosmolarity', 'word form (Index: Diabetes, with, hyperosmolarity; ADA: "hyperosmolar hyperglycemic state")'],
  [['anemic'], 'anemia', 'word form'],
  [['thyroidal'], 'thyroid', 'word form'],
  [['arthritic'], 'arthritis', 'Index: Arthritis, arthritic'],
  [['osteoarthritic'], 'osteoarthritis', 'word form'],
  [['depressive'], 'depression', 'word form'],
  [['anxious'], 'anxiety', 'word form'],
  [['bilaterally', 'both'], 'bilateral', 'ICD-10-CM I.B.13 laterality (bilateral)'],
  [['rt'], 'right', 'ICD-10-CM I.B.13 laterality (right)'],
  [['lt'], 'left', 'ICD-10-CM I.B.13 laterality (left)'],
  [['sided'], '', 'word form ("left-sided" is "left")'],
  [['w'], 'with', 'ICD-10-CM I.A.15 "with"'],
  [['wo'], 'without', 'ICD-10-CM I.A.15 "with" / "without"'],
  // Ordinals written in figures are the Index's words ("Burn, palm, second degree", "Pregnancy, second trimester", "Fracture, metatarsal, fifth").
  [['1st'], 'first', 'word form (ordinal in figures)'],
  [['2nd'], 'second', 'word form (ordinal in figures)'],
  [['3rd'], 'third', 'word form (ordinal in figures)'],
  [['4th'], 'fourth', 'word form (ordinal in figures)'],
  [['5th'], 'fifth', 'word form (ordinal in figures)'],
  [
    ['drug', 'medication'],
    'medicament',
    'Index: the same thing named both ways ("Dermatitis, due to, drugs and medicaments"; "Hypothyroidism, due to, medicament"; "Tremor, drug induced")',
  ],
  [['hx'], 'history', 'abbr: Hx'],
  [['lig', 'ligaments'], 'ligament', 'word form (clipped, plural)'],
  [['feet'], 'foot', 'word form (plural: Tabular Q66 "Congenital deformities of feet", "right foot")'],
  [['leukaemia'], 'leukemia', 'word form (British spelling)'],
  [['haemorrhage', 'bleeding', 'bleed'], 'hemorrhage', 'Index: Bleeding - see Hemorrhage; word form (British spelling)'],
  [['oesophagus', 'esophageal'], 'esophagus', 'word form'],
  [['variceal', 'varices'], 'varix', 'Index: Varices - see Varix; word form (adjective of varix)'],
  [['laryngeal'], 'larynx', 'word form'],
  [['corneal'], 'cornea', 'word form (adjective of cornea; Index: Abrasion, cornea S05.0-)'],
  // Index subterms name the organ ("Ulcer, duodenum", "Polyp, rectum", "Fistula, ileum"); notes say its adjective.
  [['duodenal'], 'duodenum', 'word form (adjective of duodenum)'],
  [['rectal'], 'rectum', 'word form (adjective of rectum)'],
  [['ileal'], 'ileum', 'word form (adjective of ileum)'],
  [['cecal'], 'cecum', 'word form (adjective of cecum)'],
  [['colonic'], 'colon', 'word form (adjective of colon)'],
  [['vaginal'], 'vagina', 'word form (adjective of vagina)'],
  [['jejunal'], 'jejunum', 'word form (adjective of jejunum)'],
  [['pregnant'], 'pregnancy', 'word form'],
  // An organ's adjective is the organ the Index and the Neoplasm Table name ("Fissure, anus, anal"; "Neoplasm, prostate").
  [['vulvar'], 'vulva', 'word form (adjective of vulva)'],
  [['prostatic'], 'prostate', 'word form (adjective of prostate)'],
  [['tonsillar'], 'tonsil', 'word form (adjective of tonsil)'],
  [['anal'], 'anus', 'word form (adjective of anus: Index "Fissure, anus, anal")'],
  [['penile'], 'penis', 'word form (adjective of penis)'],
  [['appendiceal'], 'appendix', 'word form (adjective of appendix)'],
  [['tracheal'], 'trachea', 'word form (adjective of trachea)'],
  [['gingival'], 'gingiva', 'word form (adjective of gingiva)'],
  [['pleural'], 'pleura', 'word form (adjective of pleura: Index "Effusion, pleura")'],
  [['peritoneal'], 'peritoneum', 'word form (adjective of peritoneum)'],
  [['retinal'], 'retina', 'word form (adjective of retina)'],
  [['scrotal'], 'scrotum', 'word form (adjective of scrotum)'],
  [['urethral'], 'urethra', 'word form (adjective of urethra)'],
  [['bronchial'], 'bronchus', 'word form (adjective of bronchus)'],
  [['conjunctival'], 'conjunctiva', 'word form (adjective of conjunctiva)'],
  [['nevi'], 'nevus', 'word form (Latin plural: Index "Nevus", Tabular D22 "Melanocytic nevi")'],
  [
    ['rhinosinusitis'],
    'sinusitis',
    'CPG: AAO-HNS Clinical Practice Guideline: Adult Sinusitis (2015), "rhinosinusitis" the preferred term for sinusitis; abbr: CRS',
  ],
  [['streptococci'], 'streptococcus', 'word form (Latin plural: Index "Carrier, streptococci, group B"; Tabular B95 "Streptococcus")'],
  [['staphylococci'], 'staphylococcus', 'word form (Latin plural: Index "Carrier, staphylococci"; Tabular B95 "Staphylococcus")'],
  [['diverticula'], 'diverticulum', 'word form (Latin plural: Index "Diverticulum, diverticula (multiple)")'],
  [['petechiae'], 'petechia', 'word form (Latin plural: Index "Petechia, petechiae")'],
  [['tympanic'], 'tympanum', 'word form (adjective of tympanum: Index "Perforation, tympanum, tympanic (membrane)" H72.9-)'],
  [['umbilical'], 'umbilicus', 'word form (adjective of umbilicus: Index "Hernia, umbilicus, umbilical" K42.9)'],
  // The bones' adjectives are the bones the Index names: "Fracture, traumatic, stress, metatarsus" M84.37-, "..., carpus" M84.34-.
  [['metatarsal', 'metatarsals'], 'metatarsus', 'word form (adjective of metatarsus: Index "Fracture, stress, metatarsus" M84.37-)'],
  [['metacarpal', 'metacarpals'], 'metacarpus', 'word form (adjective of metacarpus: Index "Fracture, stress, metacarpus" M84.34-)'],
  [['tarsal', 'tarsals'], 'tarsus', 'word form (adjective of tarsus)'],
  [['carpal', 'carpals'], 'carpus', 'word form (adjective of carpus: Index "Fracture, stress, carpus" M84.34-)'],
  [['endometrial'], 'endometrium', 'word form (adjective of endometrium: Neoplasm Table "endometrium" C54.1, Tabular N85.0 "Endometrial hyperplasia")'],
  [['candidal'], 'candida', 'word form (adjective of Candida: Index "Candidiasis, candidal", Tabular B37.81 "Candidal esophagitis")'],
  [['cutaneous'], 'skin', 'word form (adjective of skin: Index "Candidiasis, skin" B37.2, Tabular L02 "Cutaneous abscess")'],
  [['noncompliant'], 'noncompliance', 'word form (adjective of noncompliance: Index "Noncompliance, with, medication regimen NEC" Z91.14)'],
  [['dietary'], 'diet', 'word form (adjective of diet: Index "Noncompliance, with, dietary regimen" Z91.11, "Counseling, dietary" Z71.3)'],
  [['exam'], 'examination', 'word form (clipped)'],
  [['deviated'], 'deviation', 'word form (Index: Deviation, septum (nasal) J34.2; Tabular J34.2 "Deviated nasal septum")'],
  [['urinary'], 'urine', 'word form (adjective of urine: Index "Retention, urine" R33.9, Tabular "Retention of urine")'],
  [['checking', 'checked'], 'check', 'word form (Index: Checking (of), intrauterine contraceptive device Z30.431)'],
  [['vit'], 'vitamin', 'word form (clipped: "Vit D", "Vit B12")'],
  [['resp'], 'respiratory', 'word form (clipped: "resp failure", "resp depression")'],
  [['prosthetic', 'periprosthetic', 'prostheses'], 'prosthesis', 'word form'],
  [['neonatal', 'neonate'], 'newborn', 'Index: Neonatal - see Newborn'],
  [['mammography', 'mammographic'], 'mammogram', 'word form'],
  [['sulfa', 'sulfonamides'], 'sulfonamide', 'Table of Drugs: Sulfonamide'],
  [['postconcussion', 'postconcussive'], 'postconcussional', 'word form (Index: Syndrome, postconcussional F07.81; Postconcussional syndrome)'],
  [['developmental'], 'development', 'word form (adjective of development: Index "Delay, development" R62.50)'],
  [['ovarian'], 'ovary', 'word form (adjective of ovary)'],
  [['testicular'], 'testis', 'word form (adjective of testis: Index "Torsion, testis, testicle" N44.00)'],
  [['strep', 'streptococcal'], 'streptococcus', 'word form (clipped, adjective)'],
  [['staph', 'staphylococcal'], 'staphylococcus', 'word form (clipped, adjective)'],
  [['disorder', 'diseased', 'dz'], 'disease', 'Index: Disease, diseased - see also Disorder; abbr: DZ'],
  [
    [
      'diabetes',
      'congestive',
      'pulmonary',
      'lumbar',
      'intervertebral',
      'bacterial',
      'viral',
      'allergic',
      'gastroesophageal',
      'vocal',
      'nodule',
      'abortion',
      'gestation',
      'ulcerative',
    ],
    '=',
    'word form (kept as is)',
  ],
];

const synonyms: Record<string, string> = {};
// '=' keeps the word itself; '' drops it.
for (const [words, to] of synonymEntries) for (const w of words) synonyms[w] = to === '=' ? w : to;

const stop = new Set([
  'of',
  'the',
  'and',
  'or',
  'a',
  'an',
  'in',
  'on',
  'to',
  'for',
  'as',
  'at',
  'by',
  'is',
  'are',
  'be',
  'other',
  'unspecified',
  'specified',
  'nec',
  'nos',
  'elsewhere',
  'classified',
  'type',
  'site',
  'not',
  'with',
  'without',
  'due',
  'than',
  'which',
  'that',
  'its',
  'from',
  'into',
  'per',
  'was',
  'has',
  'been',
  'this',
  'his',
  'her',
  'pt',
  'patient',
  'condition',
  'unsp',
  'encounter',
  'mention',
  'nec',
  'finding',
]);

/**
 * Generic head nouns: a key like any word, but tabular titles may leave them unsaid ("Anxiety
 * disorder, unspecified" for "anxiety"), while an Alphabetic Index path through "Disease" or
 * "Disorder" needs its noun (the Index's main terms are conditions: "Disease, eye" is not "eye").
 * "disorder", "diseased" and "dz" (shared/lexicon medical-abbreviations: "DZ, disease") meet "disease". "Dysfunction"
 * is such a head too: its only path without a noun, "Dysfunction, male - see Dysfunction, sexual, male", is the
 * patient's sex, which the record gives (CMS MCE); read without its noun, any "X dysfunction" in a man would be sexual.
 */
export const genericNouns = new Set(['disease', 'state', 'status', 'dysfunction']);

const stemCache = new Map<string, string>();

/** Memoized: titles and notes repeat a small vocabulary, so each word form is stemmed once. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemWord(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

// A Map, not the object: a word like "constructor" must not find Object.prototype's.
const synonymMap = new Map(Object.entries(synonyms));
const ends = (w: string, ...tails: string[]) => tails.some((t) => w.endsWith(t));

/** Plural and derived forms to one stem; plain string tests (this runs for every new word form on a cold start). */
const otcAgents = new Set(['antibiotic', 'narcotic', 'hypnotic', 'probiotic', 'antipsychotic']);

function stemWord(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  // A short abbreviation in capitals ("PRES", "ARDS") is no plural: its final S is a letter of it.
  if (word.length >= 3 && word.length <= 5 && word === word.toUpperCase() && /[A-Z]S$/.test(word)) return synonymMap.get(w) ?? w;
  const syn = synonymMap.get(w);
  if (syn !== undefined) return syn;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  // Greek "-sis" nouns make their plural in "-ses" ("keratoses", "stenoses", "metastases"); the
  // Index lists the singular ("Keratosis", "Stenosis"). "Doses" and its compounds are English plurals.
  else if (w.length >= 8 && (w.endsWith('oses') || w.endsWith('stases')) && !w.endsWith('doses')) w = `${w.slice(0, -2)}is`;
  else if (w.length > 4 && ends(w, 'ches', 'shes', 'sses', 'xes')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !ends(w, 'ss', 'is', 'us')) w = w.slice(0, -1);
  // "gynecological"/"gynecologic", "neurological"/"neurologic": one form.
  if (w.length > 8 && w.endsWith('ogical')) w = w.slice(0, -2);
  // "cirrhotic"/"cirrhosis", "stenotic"/"stenosis": an -osis condition's adjective is the same word
  // (the Index lists them as one main term: "Fibrosis, fibrotic", "Sclerosis, sclerotic", "Psychosis,
  // psychotic"). Words for agents ("antibiotic", "narcotic", "hypnotic") name no condition.
  else if (w.length >= 8 && w.endsWith('otic') && !otcAgents.has(w)) w = `${w.slice(0, -4)}osis`;
  return synonymMap.get(w) ?? w;
}

/**
 * Words that deny what follows them in a stretch (ConText NEGATED_EXISTENCE FORWARD triggers,
 * shared/lexicon medspacy/context_rules.en.json: "no", "denies", "negative", "decline(s/d)"…; "without"
 * and "except" by I.A.15). The verb forms of "decline" only: "cognitive decline" is a condition.
 */
const negOpeners = new Set(['without', 'wo', 'no', 'not', 'negative', 'denies', 'excluded', 'absent', 'except', 'declines', 'declined']);

/** Nouns a denial runs through with its "of": "without mention of", "no history of", "no evidence of", "no features of" (as context/assess.ts reads it). */
const denialNouns = new Set(['mention', 'diagnosis', 'dx', 'history', 'hx', 'evidence', 'signs', 'sign', 'symptoms', 'features']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Prefixes medical words take either solid or hyphenated (see scanWords). */
const joinedPrefixes = new Set([
  'pre',
  'post',
  'non',
  'anti',
  'peri',
  'intra',
  'inter',
  'sub',
  'hyper',
  'hypo',
  'para',
  'pseudo',
  'poly',
  'semi',
  'supra',
  'infra',
  'trans',
  'extra',
  'micro',
  'macro',
  'multi',
]);
/** Compounds the code set writes solid that notes hyphenate: Tabular I48.11 "Longstanding persistent atrial fibrillation". */
const solidCompounds = new Set(['longstanding']);
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** What the scanner needs of a word form, computed once per form. */
interface WordInfo {
  lower: string;
  stem: string;
  keep: boolean;
  opener: boolean;
  closer: boolean;
}
const wordCache = new Map<string, WordInfo>();

function info(raw: string): WordInfo {
  let w = wordCache.get(raw);
  if (!w) {
    const lower = raw.toLowerCase();
    const s = stem(raw);
    w = {
      lower,
      stem: s,
      keep: !!s && !stop.has(s) && !stop.has(lower),
      opener: negOpeners.has(lower),
      closer: lower === 'with' || lower === 'but' || lower === 'due' || lower === 'of',
    };
    if (wordCache.size < 200_000) wordCache.set(raw, w);
  }
  return w;
}

/** `alt`: the word follows "or" or a slash ("tear or rupture", "grade/stage"), an alternative the note need not repeat. */
/** The key a lone word contributes (its stem), or undefined for stop words and negation cues. */
export function wordKey(raw: string): string | undefined {
  const w = info(raw);
  return w.keep && !w.opener ? w.stem : undefined;
}

export type Emit = (stem: string, start: number, end: number, neg: boolean, paren: boolean, alt: boolean) => void;

/** Accented letters as their base letter, one for one so offsets hold: the Index spells "Guillain-Barré" and "Ménière", notes rarely do. */
const accented = /[\u00C0-\u017F]/;
const withoutAccents = (text: string) => (accented.test(text) ? text.replace(/[\u00C0-\u017F]/g, (c) => c.normalize('NFD').charAt(0)) : text);

/**
 * The word scanner behind `tokenize`: words are [A-Za-z0-9]+ with an optional 'x suffix;
 * , ; . ( ) are punctuation; stop words are skipped and "without X" marks X negative. It emits
 * instead of allocating, because the title index runs it over every title on a cold start.
 */
export function scanWords(text: string, emit: Emit, offset = 0): void {
  text = withoutAccents(text);
  let neg = false;
  let prev = '';
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // , ; . ( ) close a "without" stretch; parentheses also track asides.
      // ( ) and [ ] are asides (ICD-10-CM puts synonyms and abbreviations in brackets: "[E. coli]").
      if (c === 40 || c === 91) depth++;
      else if (c === 41 || c === 93) depth = depth > 0 ? depth - 1 : 0;
      if (c === 44 || c === 59 || c === 46 || c === 40 || c === 41 || c === 91 || c === 93) {
        // A denial runs through its list ("no perforation, gangrene or abscess"): ConText's scope is the sentence up to
        // a terminating word, so a comma before a short list closed by "or" / "nor" keeps it.
        if (!(neg && c === 44 && deniedList.test(text.slice(i + 1, i + 120)))) neg = false;
        prev = '';
      }
      i++;
      continue;
    }
    const a = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    // A decimal is one token ("BMI 36.3" must not read as "36" and "3").
    while (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    if (i + 1 < n && text.charCodeAt(i) === 39) {
      const d = text.charCodeAt(i + 1);
      if (d >= 97 && d <= 122) i += 2;
    }
    let raw = text.slice(a, i);
    // A prefix joined by a hyphen is one word with its stem, as when written solid ("pre-eclampsia"
    // and "preeclampsia", "post-traumatic" and "posttraumatic"): titles and notes use either; so is a
    // compound the code set writes solid ("long-standing").
    if (i + 1 < n && isHyphen(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      const solid = joinedPrefixes.has(raw.toLowerCase()) ? j - i > 4 : solidCompounds.has((raw + text.slice(i + 1, j)).toLowerCase());
      if (solid && (j >= n || !isWordChar(text.charCodeAt(j)))) {
        raw += text.slice(i + 1, j);
        i = j;
      }
    }
    // A dose is no word of a diagnosis ("cefazolin 1 g q12h" names no type 1 diabetes): a number followed by a unit of dose.
    if (isDigit(raw.charCodeAt(0)) && doseUnit.test(text.slice(i, i + 8))) continue;
    const w = info(raw);
    // "without mention of X", "without diagnosis of X" (R03.0), "no history / evidence / signs of X"
    // (ConText's NEGATED_EXISTENCE phrases): the denial runs on to X.
    if (neg && w.closer && !(w.lower === 'of' && denialNouns.has(prev))) neg = false;
    // "or", and a slash between words in a title ("Grade/stage I hemorrhoids", "lymphoma/leukemia"), offer an alternative.
    const alt = prev === 'or' || (a > 1 && text.charCodeAt(a - 1) === 47 && isWordChar(text.charCodeAt(a - 2)));
    // A title's "unspecified as acute or chronic" (K25.9) names an axis the note leaves unsaid: its
    // words are denied as "without" words are, so a note saying "acute" takes K25.3, not K25.9.
    // So does a cause a title names as unknown ("Mild cognitive impairment of uncertain or unknown etiology" G31.84,
    // "Small kidney of unknown cause"): a note that names none ("mild cognitive impairment") documents it.
    const unsaidAxis =
      (w.lower === 'as' && prev === 'unspecified') || ((w.lower === 'unknown' || w.lower === 'uncertain') && unknownCause.test(text.slice(i, i + 24)));
    // "Gram-negative", "Rh-negative": a compound adjective naming a kind, not a denial of what follows.
    const compound = w.opener && a > 1 && isHyphen(text.charCodeAt(a - 1)) && isWordChar(text.charCodeAt(a - 2));
    // A receptor's status ("triple negative", "ER/PR negative", "HER2 negative"; Tabular Z17 "... receptor 2 negative
    // status"): a word of the status, as "positive" is, not a denial of the cancer named next.
    const status = w.lower === 'negative' && receptorBefore.test(text.slice(Math.max(0, a - 16), a));
    // A number naming a type ("Type 2 diabetes mellitus", "Myocardial infarction type 2") is that type, one word: no
    // stage, grade or count said beside it ("Type 2 diabetes with CKD stage 3" names no stage 2).
    const typed = prev === 'type' && raw.length <= 2 && isDigit(raw.charCodeAt(0));
    prev = w.lower;
    if ((w.opener && !compound && !status) || unsaidAxis) {
      neg = true;
      continue;
    }
    // "Both X and Y" ("both small and large intestine") pairs two sites; it is no side (I.B.13).
    if (w.lower === 'both' && bothAnd.test(text.slice(i, i + 40))) continue;
    // "Secondary to" is the Index's "due to" ("Anemia, iron deficiency, secondary to blood loss"): a
    // title need not be met by it (an alternative), while a note saying it still names secondary
    // varices or hypertension ("Secondary esophageal varices"); "due" itself is a stop word.
    const connective = w.lower === 'secondary' && secondaryTo.test(text.slice(i, i + 4));
    // A capital "A" right after a word names a type ("Hepatitis A", "Vitamin A", "Streptococcus, group A"), not the article:
    // without it the title "Hepatitis A without hepatic coma" (B15.9) read as any hepatitis (Index: Hepatitis K75.9).
    if (raw === 'A' && a > 1 && text.charCodeAt(a - 1) === 32 && isLetter(text.charCodeAt(a - 2))) emit('a', offset + a, offset + i, neg, depth > 0, alt);
    else if (typed) emit(`type${raw}`, offset + a, offset + i, neg, depth > 0, alt);
    else if (w.keep) emit(w.stem, offset + a, offset + i, neg, depth > 0, alt || connective);
  }
}

/**
 * The rest of a denied list after a comma: short items, the last after "or" / "nor", up to the sentence's end; none
 * opening with a word that ends ConText's scope or starts a new finding ("but", "reports", "has", "with").
 */
const listItem = String.raw`(?!(?:but|however|reports?|has|have|had|complains?|presents?|notes?|with|positive|endorses?|admits?|now)\b)[A-Za-z][\w/-]*`;
const deniedList = new RegExp(
  String.raw`^(?:\s*${listItem}(?: ${listItem}){0,2}(?:,\s*${listItem}(?: ${listItem}){0,2})*,?)?\s+(?:or|nor)\s+${listItem}(?: ${listItem}){0,2}\s*(?:[.;)\n]|$)`,
  'i',
);

const secondaryTo = /^\s+to\b/i;
const unknownCause = /^\s+(?:or\s+unknown\s+)?(?:etiology|cause|origin)\b/i;
/** Units of a dose or rate after a number (mg, mcg, g, mEq, units, mL, L/min). */
const doseUnit = /^\s?(?:mg|mcg|g|gm|mEq|mmol|units?|u|mL|ml|L\/min)\b/;

/** What a receptor status follows (Tabular Z17: estrogen, progesterone, HER2, "receptor 2", hormone receptor; "triple negative"). */
const receptorBefore = /\b(?:triple|ER|PR|HR|HER-?2|receptor(?: 2)?)[\s/-]*$/i;

/** "-" and the Unicode hyphens a word processor or a list writes ("non‐alcoholic" with U+2010, U+2011). */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** What follows "both" when it pairs two words: "both small and large", "both upper and lower". */
const bothAnd = /^\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+and\b/;

/** Word tokens of `text` from `offset` (see `scanWords`). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  scanWords(
    text,
    (stem, start, end, neg, paren) => {
      out.push(paren ? { stem, start, end, neg, paren: true } : { stem, start, end, neg });
    },
    offset,
  );
  return out;
}
