/**
 * ICD-10-CM categories of chronic illnesses (expected to last a year or more, or until death:
 * the AMA's definition for medical decision making), grouped by the CMS Chronic Conditions Data
 * Warehouse (CCW) condition category each belongs to. The 2021 E/M rules grade problems by it:
 * one stable chronic illness is low; two or more, or one with exacerbation or progression, moderate.
 */
const CCW = (category: string) => `CMS Chronic Conditions Data Warehouse: ${category}`;

export const chronicCategoryGroups: { categories: string[]; source: string }[] = [
  { categories: ['E10', 'E11', 'E13'], source: CCW('diabetes') },
  { categories: ['I10', 'I11', 'I12', 'I13', 'I15'], source: CCW('hypertension') },
  { categories: ['E78'], source: CCW('hyperlipidemia') },
  { categories: ['I20', 'I25'], source: CCW('ischemic heart disease') },
  { categories: ['I50', 'I42'], source: CCW('heart failure and non-ischemic heart disease') },
  { categories: ['I48', 'I47'], source: CCW('atrial fibrillation and flutter / other arrhythmia') },
  { categories: ['I05', 'I06', 'I34', 'I35', 'I27'], source: CCW('valvular and pulmonary heart disease') },
  { categories: ['I65', 'I69', 'I70', 'I73', 'I83', 'I87'], source: CCW('stroke sequelae and peripheral vascular disease') },
  { categories: ['N18'], source: CCW('chronic kidney disease') },
  { categories: ['J41', 'J42', 'J43', 'J44', 'J47', 'J84'], source: CCW('COPD and bronchiectasis, interstitial lung disease') },
  { categories: ['J45'], source: CCW('asthma') },
  { categories: ['J30', 'J31', 'J32', 'J35'], source: CCW('chronic upper respiratory conditions (allergic and chronic rhinitis, sinusitis)') },
  { categories: ['F32', 'F33', 'F34'], source: CCW('depression and depressive disorders') },
  { categories: ['F40', 'F41', 'F42', 'F43'], source: CCW('anxiety disorders') },
  { categories: ['F20', 'F25', 'F31'], source: CCW('schizophrenia and bipolar disorder') },
  { categories: ['F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F19'], source: CCW('substance use disorders and tobacco use') },
  { categories: ['F84', 'F90', 'F50'], source: CCW('autism, ADHD and eating disorders') },
  { categories: ['F01', 'F02', 'F03', 'G30'], source: CCW("Alzheimer's disease and related dementias") },
  {
    categories: ['G20', 'G25', 'G35', 'G40', 'G43', 'G47', 'G60', 'G62', 'G70', 'G89'],
    source: CCW('neurological conditions (Parkinson, MS, epilepsy, migraine, sleep, neuropathy, myasthenia, chronic pain)'),
  },
  {
    categories: ['E03', 'E05', 'E06', 'E21', 'E22', 'E23', 'E24', 'E27', 'E28', 'E66', 'E83', 'E84'],
    source: CCW('endocrine conditions, obesity and cystic fibrosis'),
  },
  { categories: ['D50', 'D56', 'D57', 'D61', 'D68'], source: CCW('anemia and chronic blood disorders') },
  {
    categories: ['C18', 'C19', 'C20', 'C34', 'C50', 'C54', 'C61', 'C81', 'C82', 'C83', 'C84', 'C85', 'C88', 'C90', 'C91', 'C92', 'C93', 'C94', 'C95'],
    source: CCW('cancers (breast, colorectal, endometrial, lung, prostate) and leukemias and lymphomas'),
  },
  { categories: ['B18', 'B20'], source: CCW('viral hepatitis and HIV/AIDS') },
  { categories: ['H40'], source: CCW('glaucoma') },
  { categories: ['K21', 'K50', 'K51', 'K58', 'K70', 'K73', 'K74', 'K75', 'K76', 'K86'], source: CCW('chronic digestive and liver conditions') },
  { categories: ['L20', 'L40', 'L70', 'L71', 'L80'], source: CCW('chronic skin conditions') },
  { categories: ['M05', 'M06', 'M08', 'M10', 'M32', 'M35'], source: CCW('rheumatoid arthritis, gout and connective tissue disease') },
  { categories: ['M15', 'M16', 'M17', 'M18', 'M19', 'M45', 'M47', 'M48', 'M50', 'M51'], source: CCW('osteoarthritis and spine disorders') },
  { categories: ['M81'], source: CCW('osteoporosis') },
  { categories: ['N31', 'N32', 'N40', 'N80', 'N81'], source: CCW('chronic genitourinary conditions (BPH, bladder dysfunction, endometriosis, prolapse)') },
  {
    categories: ['C18', 'C19', 'C20', 'C34', 'C50', 'C54', 'C61', 'C64', 'C65', 'C66', 'C67'],
    source: CCW('cancers: colorectal, lung, breast, endometrial, prostate, urologic'),
  },
  {
    categories: ['C81', 'C82', 'C83', 'C84', 'C85', 'C86', 'C88', 'C90', 'C91', 'C92', 'C93', 'C94', 'C95'],
    source: CCW('leukemias and lymphomas'),
  },
];

/**
 * The chronic illness a code names: its CCW group, or else its own category when the classification's title calls it
 * chronic ("Chronic embolism and thrombosis of left femoral vein", I82.512: ICD-10-CM gives acute and chronic forms
 * codes apart); undefined for neither. A title that is also acute ("Acute on chronic ...") is graded by its exacerbation.
 */
export function chronicGroup(code: string, title = ''): string | undefined {
  const i = chronicCategoryGroups.findIndex((g) => g.categories.includes(code.slice(0, 3)));
  if (i >= 0) return `ccw:${i}`;
  return /\bchronic\b/i.test(title) && !/\bacute\b/i.test(title) ? code.slice(0, 3) : undefined;
}

export function isChronic(code: string, title = ''): boolean {
  return chronicGroup(code, title) !== undefined;
}
