import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens.ts';
import { expandTokens, handWrittenWords } from './expand.ts';

describe('expandTokens', () => {
  it('expands shorthand while keeping evidence on the exact shorthand span', () => {
    const text = 'Dx: T2DM w/ CKD 3b.';
    const toks = expandTokens(text, 0, text.length);
    const stems = toks.map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['type2', 'diabetes', 'chronic', 'kidney', '3b']));
    const dm = toks.find((t) => t.stem === 'diabetes')!;
    expect(text.slice(dm.start, dm.end)).toBe('T2DM');
    const kidney = toks.find((t) => t.stem === 'kidney')!;
    expect(text.slice(kidney.start, kidney.end)).toBe('CKD 3b');
  });

  it.each([
    ['frequent PVCs', 'ventricular'],
    ['PVC burden 12%', 'ventricular'],
  ])('reads a listed shorthand in the plural as the singular: %s', (text, want) => {
    const listed = new Map([['PVC', 'premature ventricular contraction']]);
    expect(expandTokens(text, 0, text.length, listed).map((t) => t.stem)).toContain(want);
  });

  it.each([
    ['Recurrent UTIs', 'infection'],
    ['AKIs x2 this year', 'kidney'],
  ])('reads a hand-written shorthand in the plural as the singular: %s', (text, want) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toContain(want);
  });

  it.each([
    // DSM-5 delirium specifiers (hyperactive, hypoactive) are no hyperactivity; a multifactorial delirium is the
    // Index's "Delirium, due to, multiple etiologies".
    ['Delirium, hyperactive', ['delirium'], ['hyperactive']],
    ['hypoactive delirium', ['delirium'], ['hypoactive']],
    ['Delirium, multifactorial', ['delirium', 'multiple'], ['multifactorial']],
    ['Hyperactive child', ['hyperactive'], []],
    // Tabular L89 includes decubitus ulcer, bed sore and pressure sore; NPIAP's "pressure injury" is the pressure ulcer.
    ['Stage 2 pressure injury R heel', ['pressure', 'ulcer', 'heel'], ['injury']],
    ['Sacral decubitus ulcer stage 2', ['pressure', 'ulcer', 'sacrum'], ['decubitus']],
    ['Deep tissue pressure injury, L heel', ['deep', 'tissue', 'damage'], ['injury']],
    // Tabular I65-I66: a precerebral or cerebral artery's stenosis is its "occlusion and stenosis".
    ['L internal carotid artery stenosis', ['stenosis', 'occlusion', 'carotid'], []],
    ['Aortic stenosis, severe', ['stenosis'], ['occlusion']],
    // Index: Enteritis, by organism: a gastroenteritis is read under Enteritis too.
    ['Norovirus gastroenteritis', ['norovirus', 'gastroenteritis', 'enteritis'], []],
    // Table of Drugs: diuresis by a loop diuretic is that drug's therapy.
    ['Hypokalemia d/t IV loop diuresis', ['loop', 'diuretic'], ['diuresis']],
    // Tabular K57: a diverticular bleed is diverticulosis with bleeding.
    ['Diverticular bleed, sigmoid', ['diverticulosis', 'hemorrhage'], ['diverticular']],
    // A plan's dosing and trends are no conditions.
    ['stress-dose hydrocortisone while on pressors', ['hydrocortisone'], ['stress']],
    ['insulin correction scale AC/HS', ['insulin', 'correction'], ['scale']],
    ['Pressor requirement falling since 0400', ['pressor', 'decreasing'], ['falling']],
    ['Fall at home, no injury', ['falling'], []],
    ['Low back pain with sciatica', ['lumbago', 'sciatica'], []],
    ['Well adolescent exam', ['well', 'child'], ['adolescent']],
    ['Adolescent well exam, abnormal findings', ['well', 'child'], ['adolescent']],
    // ACOG's well-woman visit is Index: Examination, annual, gynecological; the list's Gyn in capitals too.
    ['Well woman exam', ['annual', 'gynecologic'], ['woman']],
    ['ANNUAL GYN EXAM', ['gynecologic'], []],
    // Tabular N92.0 inclusion "Heavy periods NOS"; Tabular D25 includes uterine fibroid (Index: Leiomyoma, uterus, intramural).
    ['Heavy menstrual bleeding w/ regular cycles', ['heavy', 'period', 'excessive', 'menstruation'], []],
    ['Intramural uterine fibroid, 3.8 cm', ['intramural', 'leiomyoma'], []],
    ['Fibroid lung', ['fibroid'], ['leiomyoma']],
    // The GAD-7 questionnaire's score is no diagnosis.
    ['GAD-7 4, not consistent w/ anxiety disorder', [], ['generalized']],
    ['PHQ-2: 0. GAD-2: 1.', [], ['generalized']],
    ['GAD, stable', ['generalized', 'anxiety'], []],
    // The list's "post traumatic" as the Tabular writes it (F43.1 "Post-traumatic stress disorder").
    ['PTSD, chronic', ['posttraumatic', 'stress'], ['post']],
    // "Lac" clipped is a laceration, before a value lactate.
    ['Lac R index finger, simple', ['laceration'], []],
    ['lac 2.1, WBC 12', [], ['laceration']],
    // A stone at the ureterovesical or ureteropelvic junction is the ureter's (Index: Calculus, ureter).
    ['R UVJ stone 5 mm', ['ureter', 'calculus'], []],
    // Tabular Z19.2 inclusion "Castrate resistant prostate malignancy status"; castration-sensitive is Z19.1's hormone sensitive.
    ['castrate-resistant prostate cancer', ['hormone', 'resistant'], ['castrate']],
    ['Metastatic castration-sensitive prostate cancer', ['hormone', 'sensitive'], []],
    // "Hep" before a virus letter is hepatitis (Tabular B15-B19); alone it is heparin or a home exercise program.
    ['Chronic hep C', ['hepatitis'], ['hep']],
    ['hep lock flush', ['hep'], ['hepatitis']],
  ])('reads "%s"', (text, want, not) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(want));
    for (const w of not) expect(stems).not.toContain(w);
  });

  it.each([
    // Index: "Alcohol, alcoholic, alcohol-induced" is one main term: an alcoholic condition is its alcohol-induced subterm.
    ['Acute alcoholic pancreatitis', true],
    ['Alcoholic cirrhosis', true],
    ['Pt is an alcoholic, drinks daily', false],
    // AASLD's current name of alcoholic liver disease is the Index's alcoholic form.
    ['Alcohol-associated cirrhosis', false],
  ])('reads "alcoholic" before a condition as alcohol-induced: %s', (text, induced) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems.includes('induced')).toBe(induced);
    if (/alcohol-associated/i.test(text)) expect(stems).toContain('alcoholic');
  });

  it.each([
    ['Otitis media, L, w/o rupture', 'left'],
    ['Plantar fasciitis (R)', 'right'],
    ['Plantar fasciitis - R', 'right'],
    ['2 L NS given', undefined],
    ['L', undefined],
  ])('reads a lone R / L set off after its condition as the side: %s', (text, want) => {
    const sides = expandTokens(text, 0, text.length).filter((t) => t.stem === 'left' || t.stem === 'right');
    expect(sides[0]?.stem).toBe(want);
  });

  it.each([
    ['E. coli UTI', 'escherichia'],
    ['probable H. influenzae', 'hemophilus'],
    ['H pylori gastritis', 'helicobacter'],
    ['K. pneumoniae bacteremia', 'klebsiella'],
  ])('reads an organism by the genus initial the Tabular brackets: %s', (text, genus) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toContain(genus);
  });

  it.each([
    ['Strep pneumo pneumonia', ['streptococcus', 'pneumoniae']],
    ['S. pneumo bacteremia', ['streptococcus', 'pneumoniae']],
    ['Bacteremia, S. aureus', ['staphylococcus', 'aureus']],
    ['Class II obesity, BMI 37', ['class', '2', 'obesity']],
    ['Obesity, class III', ['obesity', 'class', '3']],
  ])('reads a species with its genus written out, an obesity class in arabic figures: %s', (text, words) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toEqual(expect.arrayContaining(words));
  });

  it.each([
    ['Lump in left breast, UOQ', 'upper outer quadrant'],
    ['IDC, LIQ', 'lower inner quadrant'],
    ['annual gyn exam', 'gynecological'],
  ])('reads the quadrant initials and "gyn": %s', (text, words) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    for (const w of tokenize(words)) expect(stems).toContain(w.stem);
  });

  it('reads "d/t" as the "due to" of a stated cause, not as the words "d" and "t"', () => {
    const stems = (text: string) => expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems('Neutropenia d/t chemotherapy')).toEqual(stems('Neutropenia due to chemotherapy'));
    expect(stems('Neutropenia d/t chemotherapy')).not.toContain('t');
  });

  it.each([
    ['Elevated INR - adverse effect of warfarin', true],
    ['INR elevated at 5.1', true],
    ['INR 2.4, therapeutic', false],
  ])('reads a high INR as a prolonged prothrombin time (Index: Prolonged, prothrombin time): %s', (text, want) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems.includes('prothrombin') && stems.includes('prolonged')).toBe(want);
  });

  it.each(['Missed HD d/t transportation', 'missed 2 HD sessions this week', 'Skipped dialysis Friday'])(
    'reads "%s" as noncompliance with renal dialysis (Index: Noncompliance, with, dialysis)',
    (text) => {
      const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
      expect(stems).toEqual(expect.arrayContaining(['noncompliance', 'dialysis']));
    },
  );

  it.each(['C diff colitis', 'C. diff colitis', 'C. difficile colitis'])('reads "%s" as Clostridium difficile (A04.7; abbr: C diff)', (text) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['clostridium', 'difficile', 'colitis']));
  });

  it('denies only the word "traumatic" of "nontraumatic", not the condition after it', () => {
    const text = 'Nontraumatic intracerebral hemorrhage';
    const toks = expandTokens(text, 0, text.length);
    expect(toks.filter((t) => t.neg).map((t) => t.stem)).toEqual(['traumatic']);
  });

  it.each([
    ['Nontraumatic ICH, L basal ganglia', 'deep'],
    ['L thalamic hemorrhage', 'deep'],
    ['Lobar ICH, R parietal', 'lobe'],
    ['Traumatic hemorrhage of R thalamus after fall', null],
    ['Thalamic infarct', null],
  ])("reads the site of an intracerebral bleed as the Tabular's deep or lobar hemorrhage (I61.0, I61.1): %s", (text, want) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    if (want) expect(stems).toEqual(expect.arrayContaining([want, 'intracerebral', 'hemorrhage']));
    else expect(stems).not.toContain('intracerebral');
  });

  it.each([
    ['Diverticulosis of colon with hemorrhage', 'large'],
    ["Crohn's disease of ileum and colon", 'small'],
    ['Colon cancer', null],
  ])('reads a bowel part by its region, as the Tabular inclusion terms do (K50.0, K50.1, K57.3): %s', (text, region) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    if (region) expect(stems).toEqual(expect.arrayContaining([region, 'intestine']));
    else expect(stems).not.toContain('intestine');
  });

  it('reads a surgical site infection as postprocedural (Index: Infection, postprocedural, ... surgical site)', () => {
    const text = 'Superficial incisional surgical site infection';
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toEqual(expect.arrayContaining(['postprocedural', 'incisional', 'infection']));
  });

  it('reads "addiction med" as the specialty consulted, no dependence', () => {
    const text = 'Alcohol cessation counseling provided; addiction med; acamprosate candidate.';
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).not.toContain('addiction');
  });

  it('leaves a missed dose or appointment of anything else alone', () => {
    const stems = expandTokens('Missed PT appointment', 0, 21).map((t) => t.stem);
    expect(stems).not.toContain('dialysis');
  });

  it('reads a rising PSA as an elevated prostate specific antigen (Tabular R97.2)', () => {
    const stems = expandTokens('Rising PSA', 0, 10).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['rising', 'elevated', 'prostate', 'specific', 'antigen']));
  });

  it('leaves a word that is only a plural-looking shorthand alone ("Ms", "DOs" unlisted)', () => {
    const listed = new Map([['PVC', 'premature ventricular contraction']]);
    expect(expandTokens('PVs seen', 0, 8, listed).map((t) => t.stem)).not.toContain('ventricular');
  });

  it('rewrites DSM-5 use-disorder severity into ICD-10-CM abuse/dependence wording', () => {
    const text = 'Alcohol use disorder, moderate, in sustained remission';
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['alcohol', 'dependence', 'remission']));
    expect(stems).not.toContain('abuse');
  });

  it.each([
    // I.C.6.a: the default dominance of a side said without it; a dominance said is kept.
    ['R hemiparesis', 'right dominant'],
    ['Left hemiplegia', 'left nondominant'],
    ['L hemiparesis, dominant side', 'left dominant'],
    ['Right hemiparesis (non-dominant side)', 'right nondominant'],
    // The side after the word.
    ['Hemiparesis, R dominant side, as late effect of stroke', 'right dominant'],
    ['Hemiplegia of the left side', 'left nondominant'],
  ])('reads the side and dominance of "%s" as "%s"', (text, want) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['hemiplegia', 'affecting', ...want.split(' '), 'side']));
    expect(stems.filter((s) => /dominant/.test(s))).toEqual([want.split(' ')[1]]);
  });

  it.each([
    // A stroke's kind, before it or later in its sentence, is I63's cause axis; its artery stays to be said.
    ['Embolic stroke', ['embolism', 'cerebral', 'artery']],
    ['Acute ischemic stroke, L MCA territory, likely cardioembolic from new AF', ['embolism', 'cerebral', 'artery']],
    ['Ischemic stroke. Cardioembolic source suspected', []],
    // An ischemic infarct in a brain artery's territory is a cerebral infarction (Index: Infarct, cerebral).
    ['Acute ischemic infarct, L MCA territory, most likely cardioembolic', ['embolism', 'cerebral', 'artery']],
    ['Lacunar infarct, R thalamic', ['lacunar']],
  ])('reads the kind of "%s"', (text, want) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['cerebral', 'infarction', ...want]));
    if (want.length === 0) expect(stems).not.toContain('embolism');
  });

  it('reads an ischemic infarct outside the brain as written ("Ischemic infarct of bowel")', () => {
    expect(expandTokens('Ischemic infarct of bowel', 0, 25).map((t) => t.stem)).not.toContain('cerebral');
  });

  it.each([
    // The eyes' sides and the retinopathy's initials; OD / OS / PDR only beside an eye's word.
    ['Mild NPDR OU w/o macular edema', ['nonproliferative', 'retinopathy', 'bilateral'], []],
    ['T1DM with PDR OD', ['proliferative', 'retinopathy', 'right', 'eye'], []],
    ['Cataract OS', ['left', 'eye'], []],
    ['Acetaminophen OD, found by roommate', [], ['right', 'eye']],
    ['Median OS 14 months', [], ['left', 'eye']],
  ])('reads the eye shorthand of "%s"', (text, want, not) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(want));
    for (const w of not) expect(stems).not.toContain(w);
  });

  it.each([
    // A condition after radiation or ablation is the titles' postirradiation / postprocedural one (E89.0).
    ['Hypothyroidism s/p RAI for Graves', 'postirradiation'],
    ['Hypothyroidism after radioactive iodine', 'postirradiation'],
    ['Hypothyroidism, post-ablative', 'postprocedural'],
    ['Hypothyroidism, on levothyroxine', null],
  ])('reads the procedure "%s" follows as %s', (text, want) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    if (want) expect(stems).toContain(want);
    else expect(stems.filter((x) => /^post/.test(x))).toEqual([]);
  });

  it.each([
    // Screening names its target as the Tabular does: lipoid disorders (Z13.220), a hepatitis virus a viral disease (Z11.59).
    ['Lipid screening', ['lipoid'], []],
    ['Screening for cholesterol', ['lipoid'], []],
    ['Hep C screening', ['hepatitis', 'viral'], []],
    ['Screening for hepatitis B', ['viral'], []],
    ['Chronic hepatitis C', ['hepatitis'], ['viral']],
    ['Lipid panel normal', ['lipid'], ['lipoid']],
  ])('reads the screening "%s"', (text, want, not) => {
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(want));
    for (const w of not) expect(stems).not.toContain(w);
  });

  it.each(['bilat knee OA', 'b/l knee OA'])('reads "%s" as bilateral (I.B.13)', (text) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toContain('bilateral');
  });

  it.each([
    ['FHx prostate ca (father)', true],
    ['Osteopenia - on Ca/vit D', false],
    ['calcium: ca 9.5', false],
  ])('reads "%s" as a cancer: %s', (text, cancer) => {
    expect(expandTokens(text, 0, text.length).some((t) => t.stem === 'malignant')).toBe(cancer);
  });

  it('marks words after "without" as denied', () => {
    const text = 'Acute cystitis without hematuria';
    const hem = expandTokens(text, 0, text.length).find((t) => t.stem === 'hematuria')!;
    expect(hem.neg).toBe(true);
  });

  it('reads the Neoplasm table column and the region of a bone', () => {
    const text = 'Metastatic carcinoma to the liver; fracture of 1st metatarsal';
    const stems = expandTokens(text, 0, text.length).map((t) => t.stem);
    expect(stems).toEqual(expect.arrayContaining(['secondary', 'malignant', 'neoplasm', 'liver', 'metatarsus', 'ankle', 'foot']));
  });

  it('reads a lone R / L before a word as a side, not a unit after a number', () => {
    const stems = (t: string) => expandTokens(t, 0, t.length).map((x) => x.stem);
    expect(stems('Laceration of L palm')).toContain('left');
    expect(stems('bite R 1st MCP')).toContain('right');
    expect(stems('on 2 L oxygen')).not.toContain('left');
    expect(stems('R/O pneumonia')).not.toContain('right');
  });

  it.each([
    // Set off after its condition: by a comma, or closing the condition before its dash aside or the line's end.
    ['Acute suppurative OM, L, w/o rupture', 'left'],
    ['AOM L - improving', 'left'],
    ['Knee OA R', 'right'],
    // A unit or a lab's low flag after a number is no side.
    ['O2 2 L - weaned', undefined],
    ['Hgb 7.4 L', undefined],
  ])('a lone side set off after its condition: %s -> %s', (text, side) => {
    const stems = expandTokens(text, 0, text.length).map((x) => x.stem);
    expect(stems.find((s) => s === 'left' || s === 'right')).toBe(side);
  });

  it('reads diabetes "poorly controlled" as "with hyperglycemia" (Index: Diabetes, poorly controlled - code to ...), and only diabetes', () => {
    const stems = (t: string) => expandTokens(t, 0, t.length).map((x) => x.stem);
    expect(stems('T2DM, poorly controlled - A1c 8.6')).toContain('hyperglycemia');
    expect(stems('Type 1 diabetes, out of control')).toContain('hyperglycemia');
    expect(stems('Asthma, poorly controlled')).not.toContain('hyperglycemia');
  });

  it.each([
    ['CKD 3a', '3a'],
    ['CKD 3b - stable', '3b'],
    ['CKD stage IIIa', '3a'],
    ['CKD IV', '4'],
    ['CKD G3b', '3b'],
  ])('reads the number after CKD as its stage (KDIGO G1-G5 = N18.1-N18.5): %s', (text, stage) => {
    const stems = expandTokens(text, 0, text.length).map((x) => x.stem);
    expect(stems).toEqual(expect.arrayContaining(['chronic', 'kidney', 'disease', 'stage', stage]));
  });

  it.each([
    ['Acute ischemic stroke', ['cerebral', 'infarction']],
    ['Embolic stroke, L MCA', ['cerebral', 'infarction', 'due', 'embolism']],
    ['h/o thrombotic stroke', ['cerebral', 'infarction', 'thrombosis']],
  ])('reads a stroke as the cerebral infarction the Index files it under: %s', (text, words) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toEqual(expect.arrayContaining(words.filter((w) => w !== 'due')));
  });

  it.each(['heat stroke', 'hemorrhagic stroke', 'NIH stroke scale 4', 'reviewed stroke risk'])('leaves "%s" alone', (text) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).not.toContain('infarction');
  });

  it("gives an eponym its disease as an aside (Index: Disease, Hashimoto's), not when the note says it", () => {
    const toks = (t: string) => expandTokens(t, 0, t.length);
    expect(toks("Hashimoto's hypothyroidism").find((t) => t.stem === 'disease')?.paren).toBe(true);
    expect(toks("Crohn's disease").filter((t) => t.stem === 'disease')).toHaveLength(1);
    expect(toks("pt's wife").map((t) => t.stem)).not.toContain('disease');
  });

  it.each([
    ['Spondylolisthesis, L4-L5', 'lumbar'],
    ['Spondylolisthesis L5-S1', 'lumbosacral'],
    ['Spinal stenosis C5-C6', 'cervical'],
    ['Foraminal stenosis C7-T1', 'cervicothoracic'],
    // A level with no word of the spine beside it is no level: T4 the hormone, C4 the complement.
    ['Hypothyroidism, free T4 low', undefined],
    ['C4 complement low', undefined],
  ])('reads a vertebral level beside a word of the spine as its region: %s -> %s', (text, region) => {
    const aside = expandTokens(text, 0, text.length).filter((t) => t.paren && /cervic|thorac|lumb|sacr/.test(t.stem));
    expect(aside.map((t) => t.stem)[0]).toBe(region);
  });

  it('reads an exposure as the contact the Z20 titles name first, and "exposed" as the exposure', () => {
    const asides = (t: string) =>
      expandTokens(t, 0, t.length)
        .filter((x) => x.paren)
        .map((x) => x.stem);
    expect(asides('Exposure to COVID-19')).toEqual(['contact']);
    expect(asides('Exposed to COVID')).toEqual(expect.arrayContaining(['exposure', 'contact']));
  });

  it.each([
    ['Insect bite of left arm', true],
    ['Tick bite, right thigh', true],
    ['Dog bite of left forearm', false],
  ])('reads an insect bite as superficial (Index: Bite, <site>, superficial NEC, insect): %s', (text, aside) => {
    const words = expandTokens(text, 0, text.length)
      .filter((t) => t.paren)
      .map((t) => t.stem);
    expect(words.includes('superficial') && words.includes('insect')).toBe(aside);
  });

  it.each([
    ['Melanoma of left forearm', true],
    ['Superficial spreading melanoma, R calf', true],
    // In situ is its own subterm (D03.-, history Z86.006); a note that says the skin needs no aside.
    ['Melanoma in situ, L forearm', false],
    ['Melanoma of skin of left cheek', false],
  ])('gives a melanoma the skin as an aside (Index: Melanoma C43.9, skin by site): %s', (text, aside) => {
    const skin = expandTokens(text, 0, text.length).filter((t) => t.stem === 'skin');
    expect(skin.some((t) => t.paren)).toBe(aside);
  });

  it.each([
    ['Preeclampsia without severe features', ['mild', 'moderate']],
    ['Pre-eclampsia with severe features', ['severe']],
  ])('reads ACOG\'s "%s" in the Tabular\'s words', (text, words) => {
    expect(expandTokens(text, 0, text.length).map((t) => t.stem)).toEqual(expect.arrayContaining(words));
  });

  it('reads GDM as the Tabular heading it abbreviates (O24.4 Gestational diabetes mellitus)', () => {
    expect(expandTokens('GDM A1 (diet controlled)', 0, 24).map((t) => t.stem)).toEqual(expect.arrayContaining(['gestational', 'diabetes']));
  });

  it('reads a stress test as a heart test, not psychological stress', () => {
    expect(expandTokens('nuclear stress test', 0, 19).map((t) => t.stem)).not.toContain('stress');
    expect(expandTokens('work stress', 0, 11).map((t) => t.stem)).toContain('stress');
  });

  it('leaves a duration after CKD alone', () => {
    expect(expandTokens('CKD 3 years', 0, 11).map((x) => x.stem)).not.toContain('stage');
  });
});

describe("a rewrite that keeps the note's word", () => {
  it('marks the word as said, not expanded ("heel" -> "heel ankle and foot")', () => {
    const toks = expandTokens('pressure ulcer of right heel', 0, 28);
    expect(toks.find((t) => t.stem === 'heel')?.kept).toBe(true);
    expect(toks.find((t) => t.stem === 'ankle')?.kept).toBeFalsy();
  });
});

describe("a listed meaning read as the note's own words are", () => {
  it('goes through the rewrites too ("SSI": surgical site infection, a postprocedural one)', () => {
    expect(handWrittenWords('surgical site infection')).toMatch(/\bpostprocedural surgical site infection\b/);
  });
});
