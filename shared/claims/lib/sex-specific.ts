/**
 * Diagnoses specific to one sex, derived from ICD-10-CM's own structure (CMS retired the MCE
 * sex edit in 2024): the chapters and blocks for pregnancy and for male or female genital
 * organs, and titles that say "female" or "male".
 */
type Sex = 'F' | 'M';

// [first, last] category ranges (three characters, inclusive), then the sex.
const blocks: [string, string, Sex][] = [
  ['O00', 'O9A', 'F'], // pregnancy, childbirth and the puerperium
  ['Z32', 'Z3A', 'F'], // pregnancy test, supervision, antenatal screening, outcome, postpartum, weeks of gestation
  ['C51', 'C58', 'F'], // malignant neoplasms of female genital organs
  ['D25', 'D28', 'F'], // benign neoplasms of uterus, ovary, other female genital organs
  ['D06', 'D06', 'F'], // carcinoma in situ of cervix uteri
  ['D39', 'D39', 'F'], // uncertain behaviour, female genital organs
  ['N70', 'N98', 'F'], // diseases of female pelvic and genital organs
  ['Q50', 'Q52', 'F'], // malformations of female genital organs
  ['E28', 'E28', 'F'], // ovarian dysfunction
  ['R87', 'R87', 'F'], // abnormal findings in specimens from female genital organs
  ['C60', 'C63', 'M'], // malignant neoplasms of male genital organs
  ['D29', 'D29', 'M'], // benign neoplasms of male genital organs
  ['D40', 'D40', 'M'], // uncertain behaviour, male genital organs
  ['N40', 'N53', 'M'], // diseases of male genital organs
  ['Q53', 'Q55', 'M'], // malformations of male genital organs
  ['E29', 'E29', 'M'], // testicular dysfunction
  ['R86', 'R86', 'M'], // abnormal findings in specimens from male genital organs
];

// Subcategories inside otherwise shared blocks.
const prefixes: [string, Sex][] = [
  ['D07.0', 'F'],
  ['D07.1', 'F'],
  ['D07.2', 'F'],
  ['D07.3', 'F'],
  ['D07.4', 'M'],
  ['D07.5', 'M'],
  ['D07.6', 'M'],
  ['E89.4', 'F'],
  ['E89.5', 'M'],
  ['B37.3', 'F'],
  ['Z12.72', 'F'],
  ['Z12.73', 'F'],
  ['Z01.42', 'F'],
  ['Z30.011', 'F'],
  ['Z30.012', 'F'],
  ['Z30.013', 'F'],
  ['Z30.014', 'F'],
  ['Z30.015', 'F'],
  ['Z30.016', 'F'],
  ['Z30.017', 'F'],
  ['Z30.41', 'F'],
  ['Z30.42', 'F'],
  ['Z30.43', 'F'],
  ['Z30.44', 'F'],
  ['Z30.45', 'F'],
  ['Z30.46', 'F'],
  ['Z85.41', 'F'],
  ['Z85.42', 'F'],
  ['Z85.43', 'F'],
  ['Z85.44', 'F'],
  ['Z85.46', 'M'],
  ['Z85.47', 'M'],
  ['Z85.48', 'M'],
  ['Z86.32', 'F'],
  ['Z87.5', 'F'],
  ['Z90.72', 'F'],
  ['Z98.51', 'F'],
  ['Z98.52', 'M'],
  ['Z12.4', 'F'],
  ['Z12.5', 'M'],
  ['Z01.41', 'F'],
  ['Z90.71', 'F'],
  ['N99.2', 'F'],
  ['N99.3', 'F'],
];

// Titles about sex change or identity name both sexes without being specific to one; titles
// about someone else (family history, the mother of a newborn, a fetus) say nothing of the patient.
const notThePatient = /\b(transsexual|gender|sex reassignment|sex counsel|family history|newborn|fetus|fetal|maternal|mother|contact with|exposure|partner)/i;

// Organs only one sex has ("cervix" is the uterine cervix in ICD-10-CM titles; "cervical" is not used).
const femaleOrgan =
  /\b(uterus|uterine|ovary|ovaries|ovarian|cervix|vagina|vaginal|vulva|vulvar|fallopian|endometri\w*|menstrua\w*|menopaus\w*|pregnan\w*|gestation\w*|puerper\w*|postpartum)\b/i;
const maleOrgan =
  /\b(prostate|prostatic|testis|testes|testicular|testicle|scrotum|scrotal|penis|penile|epididym\w*|seminal vesicle|spermatic cord|vas deferens)\b/i;

export function sexOfDiagnosis(code: string, title: string | undefined): Sex | null {
  const c = code.toUpperCase();
  const cat = c.slice(0, 3);
  for (const [p, sex] of prefixes) if (c.startsWith(p)) return sex;
  for (const [lo, hi, sex] of blocks) if (cat >= lo && cat <= hi) return sex;
  // Perinatal codes describe the newborn's mother's conditions; external causes describe events.
  if (!title || notThePatient.test(title) || cat < 'A00' || c.startsWith('P') || cat >= 'V00') return null;
  const female = /\bfemale\b/i.test(title) || femaleOrgan.test(title);
  const male = /\bmale\b/i.test(title) || maleOrgan.test(title);
  if (female !== male) return female ? 'F' : 'M';
  return null;
}
