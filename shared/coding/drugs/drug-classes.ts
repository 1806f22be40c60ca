/**
 * Names a note uses for a drug or a drug class that the Table of Drugs and Chemicals lists under
 * another row: the words of that row ("Antidepressant, selective serotonin reuptake inhibitor").
 * A coder looks up a drug the Table does not list by its class (the Table's own class rows), so
 * each entry gives the class row and cites where the drug's class comes from: the shared lexicon's
 * medical-abbreviations list ("abbr: X") for class shorthand, or the FDA label's Established
 * Pharmacologic Class (EPC) for a drug name. Only drugs the Table lacks by name are listed
 * (drug-classes.test.ts checks each row exists and each drug name is not a row of its own).
 */
export interface DrugClassEntry {
  said: RegExp;
  /** The Table of Drugs row, as its words. */
  row: string;
  source: string;
}

const epc = (cls: string) => `FDA label (DailyMed) Established Pharmacologic Class: ${cls}`;
const brand = (name: string, generic: string) => `FDA label (DailyMed) established name: ${name} is ${generic}`;

const ssri = 'Antidepressant, selective serotonin reuptake inhibitor';
const snri = 'Antidepressant, selective serotonin norepinephrine reuptake inhibitor';
const checkpoint = 'Immune, checkpoint inhibitors';
const betaBlocker = 'Antagonist, beta-adrenoreceptor';

export const drugClasses: DrugClassEntry[] = [
  // Class names and shorthand.
  { said: /\bSSRIs?\b/g, row: ssri, source: 'abbr: SSRI' },
  { said: /\bSNRIs?\b/g, row: snri, source: 'abbr: SNRI' },
  { said: /\bTCAs?\b/g, row: 'Antidepressant, tricyclic', source: 'abbr: TCA' },
  { said: /\bNSAIDs?\b/g, row: 'Anti-inflammatory drug NEC, nonsteroidal NEC', source: 'abbr: NSAID' },
  // The list's "acetylsalicylic acid (aspirin)"; not its American Society of Anesthesiologists class ("ASA II", "ASA class").
  { said: /\bASA\b(?![- ]?(?:class|physical|[IV]+\b|[1-6]\b))/g, row: 'Acetylsalicylic acid', source: 'abbr: ASA' },
  { said: /\bACE[- ]?(?:inhibitors?|I\b|i\b)/g, row: 'Inhibitor, angiotensin-converting enzyme', source: 'abbr: ACE' },
  {
    said: /\bbeta[- ]?blockers?\b|\bbeta[- ]?blockade\b|\bβ[- ]?blockers?\b/gi,
    row: betaBlocker,
    source: 'Tabular T44.7 "beta-adrenoreceptor antagonists" (beta blockers); Table of Drugs: Antagonist, beta-adrenoreceptor',
  },
  { said: /\b(?:immune )?checkpoint inhibitors?\b/gi, row: checkpoint, source: 'Table of Drugs: Immune, checkpoint inhibitors' },
  {
    said: /\bchemotherapy\b|\bchemo\b/gi,
    row: 'Antineoplastic NEC',
    source: 'Table of Drugs: Antineoplastic NEC (chemotherapy is antineoplastic drug therapy, I.C.2.e)',
  },
  { said: /\bcalcium channel blockers?\b|\bCCBs?\b/g, row: 'Blockers, calcium channel', source: 'Table of Drugs: Blockers, calcium channel' },
  { said: /\bDOACs?\b/g, row: 'Anticoagulant NEC', source: 'abbr: DOAC' },
  // APAP is also "autotitrating positive airway pressure": read here only where a drug is named (overdose, cause).
  { said: /\bAPAP\b/g, row: 'Acetaminophen', source: 'abbr: APAP' },
  { said: /\bHCTZ\b/g, row: 'Hydrochlorothiazide', source: 'abbr: HCTZ' },
  { said: /\bARBs?\b/g, row: 'Antihypertensive drug NEC', source: 'abbr: ARB' },
  {
    said: /\bstatins?\b/gi,
    row: 'Antihyperlipidemic drug',
    source: 'Table of Drugs: Lovastatin, Pravastatin, Simvastatin (the statins) T46.6; Antihyperlipidemic drug T46.6',
  },
  { said: /\b(?:opiates?|opioids?)\b/gi, row: 'Opioid NEC', source: 'Table of Drugs: Opioid NEC' },
  { said: /\bbenzos?\b|\bbenzodiazepines?\b/gi, row: 'Benzodiazepine NEC', source: 'Table of Drugs: Benzodiazepine NEC' },
  // Venoms: a honeybee or bumblebee is a bee (Table of Drugs: Venom, bee; Index: Sting - see Table of Drugs).
  { said: /\b(?:honey|bumble)[- ]?bees?\b/gi, row: 'Venom, bee', source: 'Table of Drugs: Venom, venomous, bee (honeybees and bumblebees are bees)' },
  // Drugs the Table does not list by name, by their FDA Established Pharmacologic Class.
  { said: /\b(?:sertraline|escitalopram|paroxetine|vilazodone)\b/gi, row: ssri, source: epc('Serotonin Reuptake Inhibitor') },
  { said: /\b(?:duloxetine|desvenlafaxine|levomilnacipran)\b/gi, row: snri, source: epc('Serotonin and Norepinephrine Reuptake Inhibitor') },
  {
    said: /\b(?:pembrolizumab|nivolumab|cemiplimab|dostarlimab|atezolizumab|durvalumab|avelumab|ipilimumab|tremelimumab)\b/gi,
    row: checkpoint,
    source: epc('Programmed Death Receptor-1 / Programmed Death Ligand-1 / CTLA-4 Blocking Antibody'),
  },
  { said: /\b(?:atorvastatin|rosuvastatin|pitavastatin)\b/gi, row: 'Antihyperlipidemic drug', source: epc('HMG-CoA Reductase Inhibitor') },
  {
    said: /\b(?:losartan|valsartan|irbesartan|olmesartan|telmisartan|candesartan)\b/gi,
    row: 'Antihypertensive drug NEC',
    source: epc('Angiotensin 2 Receptor Blocker'),
  },
  {
    said: /\b(?:semaglutide|liraglutide|dulaglutide|tirzepatide|empagliflozin|dapagliflozin|canagliflozin|sitagliptin|linagliptin)\b/gi,
    row: 'Antidiabetic NEC',
    source: epc('GLP-1 Receptor Agonist / Sodium-Glucose Cotransporter 2 Inhibitor / Dipeptidyl Peptidase 4 Inhibitor'),
  },
  {
    said: /\b(?:oxaliplatin|paclitaxel|docetaxel|capecitabine|gemcitabine|rituximab|trastuzumab|bevacizumab)\b/gi,
    row: 'Antineoplastic NEC',
    source: epc(
      'Platinum-based Drug / Microtubule Inhibitor / Nucleoside Metabolic Inhibitor / CD20-directed Cytolytic Antibody / HER2 Receptor Antagonist / VEGF Inhibitor',
    ),
  },
  { said: /\b(?:adalimumab|infliximab|etanercept|certolizumab|golimumab)\b/gi, row: 'Immunosuppressive drug', source: epc('Tumor Necrosis Factor Blocker') },
  { said: /\b(?:apixaban|rivaroxaban|edoxaban)\b/gi, row: 'Anticoagulant NEC', source: epc('Factor Xa Inhibitor') },
  { said: /\bdabigatran\b/gi, row: 'Anticoagulant NEC', source: epc('Direct Thrombin Inhibitor') },
  { said: /\b(?:amlodipine)\b/gi, row: 'Blockers, calcium channel', source: epc('Dihydropyridine Calcium Channel Blocker') },
  { said: /\b(?:nebivolol)\b/gi, row: betaBlocker, source: epc('beta-Adrenergic Blocker') },
  { said: /\b(?:clopidogrel|prasugrel|ticagrelor)\b/gi, row: 'Antithrombotic', source: epc('P2Y12 Platelet Inhibitor') },
  {
    said: /\b(?:tacrolimus|cyclosporine|mycophenolate)\b/gi,
    row: 'Immunosuppressive drug',
    source: epc('Calcineurin Inhibitor Immunosuppressant / Antimetabolite Immunosuppressant'),
  },
  // Brand names a note uses for drugs of the lists above.
  { said: /\btylenol\b/gi, row: 'Acetaminophen', source: brand('Tylenol', 'acetaminophen') },
  { said: /\b(?:zoloft|lexapro|paxil)\b/gi, row: ssri, source: brand('Zoloft / Lexapro / Paxil', 'sertraline / escitalopram / paroxetine') },
  {
    said: /\b(?:keytruda|opdivo|yervoy|tecentriq|imfinzi)\b/gi,
    row: checkpoint,
    source: brand('Keytruda / Opdivo / Yervoy / Tecentriq / Imfinzi', 'pembrolizumab / nivolumab / ipilimumab / atezolizumab / durvalumab'),
  },
  { said: /\b(?:eliquis|xarelto)\b/gi, row: 'Anticoagulant NEC', source: brand('Eliquis / Xarelto', 'apixaban / rivaroxaban') },
  { said: /\b(?:lipitor|crestor)\b/gi, row: 'Antihyperlipidemic drug', source: brand('Lipitor / Crestor', 'atorvastatin / rosuvastatin') },
  {
    said: /\b(?:ozempic|wegovy|mounjaro|jardiance|farxiga)\b/gi,
    row: 'Antidiabetic NEC',
    source: brand('Ozempic / Wegovy / Mounjaro / Jardiance / Farxiga', 'semaglutide / tirzepatide / empagliflozin / dapagliflozin'),
  },
];
