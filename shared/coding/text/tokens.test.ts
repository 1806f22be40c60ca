import { describe, expect, it } from 'vitest';
import { scanWords, stem, tokenize } from './tokens.ts';

describe('tokens', () => {
  it.each([
    ['seizures', 'convulsion'],
    // Ordinals in figures are the Index's words ("Burn, palm, second degree").
    ['2nd', 'second'],
    ['5th', 'fifth'],
    ['ureteral', 'ureter'],
    ['gynecological', 'gynecologic'],
    ['abscesses', 'abscess'],
    ['constructor', 'constructor'],
    ['toString', 'tostring'],
    ["Crohn's", 'crohn'],
    ['prosthetic', 'prosthesis'],
    // Index: Adhesions, adhesive ("Obstruction, intestine, with adhesions" is an adhesive obstruction).
    ['adhesive', 'adhesion'],
    ['corneal', 'cornea'],
    // Index: Varices - see Varix; Diabetes, with, hyperosmolarity (ADA's "hyperosmolar hyperglycemic state").
    ['variceal', 'varix'],
    ['varices', 'varix'],
    ['hyperosmolar', 'hyperosmolarity'],
    // An -osis condition's adjective is the same word (Index "Fibrosis, fibrotic", "Psychosis, psychotic").
    ['cirrhotic', 'cirrhosis'],
    ['stenotic', 'stenosis'],
    ['psychotic', 'psychosis'],
    // An agent named by -otic is no condition.
    ['antibiotics', 'antibiotic'],
    ['narcotic', 'narcotic'],
    ['otic', 'otic'],
    // Greek -sis plurals are the Index's singular main term; "doses" is an English plural.
    ['keratoses', 'keratosis'],
    ['Vit', 'vitamin'],
    ['metastases', 'metastasis'],
    ['keratosis', 'keratosis'],
    ['overdoses', 'overdose'],
  ])('stem(%s) = %s', (w, s) => expect(stem(w)).toBe(s));

  it('reads an accented letter as its base letter, offsets unchanged (the Index spells "Guillain-Barré", notes rarely do)', () => {
    const toks = tokenize('Guillain-Barré, Ménière');
    expect(toks.map((t) => t.stem)).toEqual(['guillain', 'barre', 'meniere']);
    expect(toks.map((t) => [t.start, t.end])).toEqual([
      [0, 8],
      [9, 14],
      [16, 23],
    ]);
  });

  it.each([
    // A denial runs through its list to the "or" that closes it (ConText: the scope is the sentence).
    ['no perforation, gangrene or abscess', '!perforation !gangrene !abscess'],
    ['no fever, chills, or night sweats.', '!fever !chill !night !sweat'],
    // A comma before anything else, or before a word that starts a finding, ends it.
    ['no LOC, vomiting. Headache or neck pain', '!loc vomiting headache neck pain'],
    ['denies chest pain, reports cough or fever', '!chest !pain report cough fever'],
  ])('reads the denial of "%s" as %s', (text, want) => {
    expect(
      tokenize(text)
        .map((t) => (t.neg ? '!' : '') + t.stem)
        .join(' '),
    ).toBe(want);
  });

  it("reads a type's number as the type, not a number of the statement (Type 2 diabetes with CKD stage 3)", () => {
    expect(tokenize('Type 2 diabetes with CKD stage 3').map((t) => t.stem)).toEqual(['type2', 'diabetes', 'ckd', 'stage', '3']);
    expect(tokenize('Myocardial infarction type 2').map((t) => t.stem)).toEqual(['myocardial', 'infarction', 'type2']);
    expect(tokenize('Salter-Harris Type II').map((t) => t.stem)).toEqual(['salter', 'harris', 'ii']);
  });

  it('keeps decimals whole and marks "without" stretches', () => {
    expect(tokenize('Obesity class 2, BMI 36.3').map((t) => t.stem)).toEqual(['obesity', 'class', '2', 'bmi', '36.3']);
    expect(tokenize('cystitis without hematuria, acute').map((t) => (t.neg ? '!' : '') + t.stem)).toEqual(['cystitis', '!hematuria', 'acute']);
    // ConText NEGATED_EXISTENCE "decline": the verb denies what follows; the noun is a condition.
    expect(tokenize('declines colonoscopy').map((t) => (t.neg ? '!' : '') + t.stem)).toEqual(['!colonoscopy']);
    expect(tokenize('cognitive decline').map((t) => t.stem)).toEqual(['cognitive', 'decline']);
  });

  it.each([
    // The denial runs through "of" after a noun of denial (R03.0 "without diagnosis of hypertension").
    ['without diagnosis of hypertension', '!diagnosis !hypertension'],
    ['no hx of HTN', '!history !htn'],
    ['no evidence of fracture', '!evidence !fracture'],
    // Elsewhere "of" ends it.
    ['cystitis without hematuria of note', 'cystitis !hematuria note'],
  ])('"%s" -> %s', (text, want) =>
    expect(
      tokenize(text)
        .map((t) => (t.neg ? '!' : '') + t.stem)
        .join(' '),
    ).toBe(want),
  );

  it('reads "both X and Y" as a pair, "both knees" as a side', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('both small and large intestine')).toEqual(['small', 'large', 'intestine']);
    expect(stems('OA of both knees')).toContain('bilateral');
  });

  it('reads no number of a dose as a word ("cefazolin 1 g" names no type 1)', () => {
    expect(tokenize('ulcer - on cefazolin 1 g q12h').map((t) => t.stem)).not.toContain('1');
    expect(tokenize('Type 1 diabetes, CKD stage 3').map((t) => t.stem)).toEqual(['type1', 'diabetes', 'ckd', 'stage', '3']);
  });

  it('reads a hyphenated prefix as the solid word', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('pre-eclampsia, post-traumatic')).toEqual(stems('preeclampsia, posttraumatic'));
    // Only before a word: "non-ST" and "X-ray" keep their parts.
    expect(stems('non-ST elevation, x-ray')).toEqual(['non', 'st', 'elevation', 'x', 'ray']);
    // A compound the Tabular writes solid (I48.11 "Longstanding persistent atrial fibrillation"); "long-term" keeps its parts (Z79).
    expect(stems('long-standing persistent')).toEqual(stems('longstanding persistent'));
    expect(stems('long-term')).toEqual(['long', 'term']);
    // A clipped word is its word ("resp failure" is respiratory failure).
    expect(stems('resp failure')).toEqual(stems('respiratory failure'));
  });

  it('flags asides in ( ) and [ ] and alternatives after "or"', () => {
    const seen: string[] = [];
    scanWords('Escherichia coli [E. coli] tear or rupture (acute)', (s, _a, _b, _n, paren, alt) => seen.push(`${s}${paren ? '()' : ''}${alt ? '|' : ''}`));
    expect(seen).toEqual(['escherichia', 'coli', 'e()', 'coli()', 'tear', 'rupture|', 'acute()']);
  });

  it('joins a prefix across a Unicode hyphen as across "-", and reads "hepatic" as the liver', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('non\u2010alcoholic fatty liver')).toEqual(stems('nonalcoholic fatty liver'));
    expect(stems('hepatic steatosis')).toEqual(stems('liver steatosis'));
    expect(stems('splenic infarction')).toEqual(stems('spleen infarction'));
    expect(stems('sacral region')).toEqual(stems('sacrum region'));
  });

  it('reads a capital "A" after a word as a type letter, not the article', () => {
    const stems = (t: string) => tokenize(t).map((x) => x.stem);
    expect(stems('Hepatitis A without hepatic coma')).toContain('a');
    expect(stems('Vitamin A deficiency')).toContain('a');
    expect(stems('had a fever. A 45yo')).not.toContain('a');
  });

  it('reads a receptor\'s "negative" as its status, not a denial of what follows', () => {
    const negs = (t: string) =>
      tokenize(t)
        .filter((x) => x.neg)
        .map((x) => x.stem);
    expect(negs('Triple negative breast cancer')).toEqual([]);
    expect(negs('HER2 negative breast cancer')).toEqual([]);
    expect(tokenize('Human epidermal growth factor receptor 2 negative status').map((x) => x.stem)).toContain('negative');
    expect(negs('negative for breast cancer')).toEqual(expect.arrayContaining(['breast']));
    expect(negs('Troponin x 2 negative for infarction')).toEqual(['infarction']);
  });

  it('denies the words of a title\'s "unspecified as X or Y", as "without" words are', () => {
    const seen: string[] = [];
    scanWords('Gastric ulcer, unspecified as acute or chronic, without hemorrhage', (s, _a, _b, neg) => seen.push(`${neg ? '!' : ''}${s}`));
    expect(seen).toEqual(['stomach', 'ulcer', '!acute', '!chronic', '!hemorrhage']);
  });

  it.each([
    ['Mild cognitive impairment of uncertain or unknown etiology', ['mild', 'cognitive', 'impairment', '!etiology']],
    ['Small kidney of unknown cause', ['small', 'kidney', '!cause']],
    // Only a cause: "uncertain behavior" is an axis of its own (D37-D48), said in the note.
    ['Neoplasm of uncertain behavior of stomach', ['neoplasm', 'uncertain', 'behavior', 'stomach']],
  ])('denies the cause a title names as unknown: %s', (title, want) => {
    const seen: string[] = [];
    scanWords(title, (s, _a, _b, neg) => seen.push(`${neg ? '!' : ''}${s}`));
    expect(seen).toEqual(want);
  });

  it('reads a hyphenated "-negative" as a kind ("Gram-negative"), not a denial of what follows', () => {
    const seen: string[] = [];
    scanWords('Gram-negative sepsis; ER-negative breast cancer; no sepsis', (s, _a, _b, neg) => seen.push(`${neg ? '!' : ''}${s}`));
    expect(seen).toEqual(['gram', 'negative', 'sepsis', 'er', 'negative', 'breast', 'cancer', '!sepsis']);
  });

  it('reads "secondary to" as a connective a title need not be met by, and "secondary" alone as a word', () => {
    const seen: string[] = [];
    scanWords('anemia secondary to blood loss; secondary hyperparathyroidism', (s, _a, _b, _n, _p, alt) => seen.push(`${s}${alt ? '|' : ''}`));
    expect(seen).toEqual(['anemia', 'secondary|', 'blood', 'loss', 'secondary', 'hyperparathyroidism']);
  });

  it.each([
    ['PRES', 'pres'],
    ['ARDS', 'ards'],
    ['IMMUNIZATIONS', 'immunization'],
    ['seizures', 'convulsion'],
    ['disorders', 'disease'],
    ['Dz', 'disease'],
    ['ulceration', 'ulcer'],
  ])('stems %s as %s', (word, want) => expect(stem(word)).toBe(want));
});
