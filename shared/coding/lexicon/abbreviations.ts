/**
 * Where a hand-written entry comes from: "abbr: X" is the abbreviation X of the shared lexicon's
 * medical-abbreviations list (checked by lexicon-sources.test.ts), else a guideline section, an
 * Index or Tabular entry.
 */
export type Source = string;

/**
 * An eye's word (the H00-H59 block's sites and conditions), which makes OD / OS / PDR an eye's
 * shorthand; capitalised or not, while the shorthand itself stays case-sensitive.
 */
const eyeWord = String.raw`\b(?:${[
  'eyes?',
  'retin\\w*',
  'macula\\w*',
  'cataracts?',
  'glaucoma',
  'vitreous',
  'vision',
  'visual',
  'cornea\\w*',
  'conjunctiv\\w*',
  'uveitis',
  'iritis',
  'diabet\\w*',
  'laser',
  'injection',
  'fundus',
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')}|VA|IOP|DM|T[12]DM|N?PDR|anti-VEGF)\b`;

/** An injury's bleed (S06.3-): "traumatic", not "nontraumatic", in the match's sentence. */
const traumaticNear = (m: RegExpMatchArray) => {
  const input = m.input ?? '';
  const at = m.index ?? 0;
  const from = Math.max(input.lastIndexOf('.', at), input.lastIndexOf('\n', at), input.lastIndexOf(';', at)) + 1;
  const to = input.slice(at).search(/[.;\n]/);
  return /(?<!non-?)\btraumatic\b/i.test(input.slice(from, to < 0 ? input.length : at + to));
};

/** A case-sensitive shorthand read only with an eye's word within its clause, before or after it. */
const besideEye = (abbr: string) => new RegExp(String.raw`\b${abbr}\b(?<=${eyeWord}[^.;\n]{0,40}${abbr})|\b${abbr}\b(?=[^.;\n]{0,40}${eyeWord})`, 'g');

/**
 * Clinical shorthand -> the words ICD-10-CM titles use, each with its source. Case-sensitive where
 * the lowercase form is an ordinary word. Ambiguous ones (MS, PE, RA, CA, CP) are deliberately
 * absent: they are resolved only by context, or not coded. "$&" in the words is the matched text.
 */
export const abbreviations: [RegExp, string, Source][] = [
  [/\bHTN\b/g, 'hypertension', 'abbr: HTN'],
  // The shared list gives AMD as "aging macular degeneration" and ARMD as "age-related macular degeneration": one
  // disease, which the Index and Tabular name age-related (Degeneration, macula, dry age-related H35.31-).
  [/\bAMD\b/g, 'age-related macular degeneration', 'abbr: AMD, ARMD'],
  // The shared list's other CVA is the costovertebral angle, an exam site named with its tenderness ("no CVA tenderness").
  // A cerebrovascular accident is the Index's cerebral infarction, as a stroke is (Accident, cerebrovascular I63.9).
  [
    /\bCVA\b(?!\s*(?:tenderness|tender|nontender|TTP|pain|percussion|area|risk|prevention|prophylaxis|ppx|precautions|scale|unit|alert)\b)/g,
    'cerebral infarction',
    'abbr: CVA',
  ],
  // The shared list's only POC is "post-operative complications"; before a test name POC is the point-of-care test
  // (CMS CLIA waived tests: glucose, INR, hCG, urinalysis, rapid strep / influenza / COVID / RSV, hemoglobin, A1c;
  // bedside ultrasound), which names no condition.
  [
    /\bPOC\b(?![\s-]*(?:glucose|BG|CBG|FSBG|fingerstick|INR|PT|hCG|HCG|pregnancy|UA|urine|urinalysis|strep|flu|influenza|COVID|RSV|mono|Hgb|hemoglobin|A1c|HbA1c|lactate|troponin|creatinine|US|ultrasound|echo|test\w*|labs?)\b)/g,
    'post-operative complications',
    'abbr: POC',
  ],
  // Not in the shared list: the initials of the Tabular's own heading O24.4 "Gestational diabetes mellitus".
  // The class says the control (ACOG Practice Bulletin 190: A1GDM diet-controlled, A2GDM medication-controlled):
  // Tabular O24.410 "Gestational diabetes mellitus in pregnancy, diet controlled".
  [/\b(?:GDM ?A1|A1 ?GDM)\b/g, 'gestational diabetes mellitus diet controlled', 'Tabular O24.410 (ACOG PB 190: A1GDM is diet-controlled)'],
  [/(?<=\b(?:GDM|[Gg]estational diabetes(?: mellitus)?),? (?:class )?)A1\b/g, 'diet controlled', 'Tabular O24.410 (ACOG PB 190: class A1 is diet-controlled)'],
  [/\bGDM(?:A?[12])?\b/g, 'gestational diabetes mellitus', 'Tabular O24.4 "Gestational diabetes mellitus" (its initials)'],
  // Obstetric shorthand for the incision of a past cesarean: Tabular O34.211 "... low transverse scar from previous
  // cesarean delivery", O34.212 "... vertical scar ..." (LTCS / CVCS, ACOG Practice Bulletin 205 on TOLAC).
  [/\bLTCS\b/g, 'low transverse cesarean section', 'Tabular O34.211 (LTCS: low transverse cesarean section, ACOG PB 205)'],
  [/\bCVCS\b/g, 'classical vertical cesarean section', 'Tabular O34.212 (CVCS: classical vertical cesarean section, ACOG PB 205)'],
  // Lung lobes (Neoplasm Table rows "lung, upper / middle / lower lobe"); LLL is also "low level laser": not before laser/therapy.
  [/\bRUL\b/g, 'right upper lobe lung', 'abbr: RUL'],
  [/\bRML\b/g, 'right middle lobe lung', 'abbr: RML'],
  [/\bRLL\b/g, 'right lower lobe lung', 'abbr: RLL'],
  [/\bLUL\b/g, 'left upper lobe lung', 'abbr: LUL'],
  [/\bLLL\b(?!\s*(?:laser|therapy|light))/g, 'left lower lobe lung', 'abbr: LLL'],
  // CA is also calcium, carbonic anhydrase, catheter ablation, chronological age: cancer only in a
  // cancer's own syntax, capitalised after a word ("breast CA") or before "of", never before a value or
  // slash; a year is no value ("breast CA 2010").
  [/\bCA\b(?<=[A-Za-z]{3} CA)(?![\s:]*(?!(?:19|20)\d\d\b)[\d/+=<>])|\bCA(?= of\b)/g, 'malignant neoplasm', 'abbr: CA'],
  // Written lower-case only after an organ (primary sites of the Neoplasm Table: "prostate ca", "breast ca");
  // "Ca/vit D", "ca 9.5" are calcium.
  [
    /(?<=\b(?:prostate|breast|colon|colorectal|rectal|lung|pancreatic|pancreas|ovarian|bladder|cervical|thyroid|gastric|stomach|esophageal|liver|renal|kidney|uterine|endometrial|skin|testicular)\s)ca\b(?![\s:]*(?!(?:19|20)\d\d\b)[\d/+=<>])/g,
    'malignant neoplasm',
    'abbr: CA',
  ],
  [/\b(?:cancer|malignancy)\b/gi, 'malignant neoplasm', 'Index: Cancer, Malignancy - see Neoplasm, malignant, by site'],
  // A morphology keeps its own word: the Index lists its kinds under it ("Carcinoma, hepatocellular"
  // C22.0) before its "see also Neoplasm, malignant, by site".
  [/\b(?:adeno)?carcinoma\b/gi, '$& malignant neoplasm', 'Index: Carcinoma, Adenocarcinoma (with subterms) - see also Neoplasm, malignant, by site'],
  [/\b(?:T2DM|DM2|DM ?II|type (?:2|II) DM|NIDDM)\b/g, 'type 2 diabetes mellitus', 'abbr: T2DM, NIDDM'],
  [/\b(?:T1DM|DM1|IDDM)\b/g, 'type 1 diabetes mellitus', 'abbr: T1DM, IDDM'],
  [/\bDM\b/g, 'diabetes mellitus', 'abbr: DM'],
  [/\bCKD\b/g, 'chronic kidney disease', 'abbr: CKD'],
  // "Hep" clipped before a virus letter is hepatitis (Tabular B15-B19 "viral hepatitis" A to E; abbr: HAV, HBV,
  // HCV name the same viruses); alone it is also heparin ("hep lock") or a home exercise program (abbr: HEP).
  [/\b[Hh]ep\.?(?= ?[A-E]\b)/g, 'hepatitis', 'Tabular B15-B19 viral hepatitis A to E (abbr: HAV, HBV, HCV)'],
  [/\bESRD\b/g, 'end stage renal disease', 'abbr: ESRD'],
  [/\bAKI\b/g, 'acute kidney failure', 'abbr: AKI'],
  [/\b(?:AF|A-?[Ff]ib|afib)\b/g, 'atrial fibrillation', 'abbr: AF, afib'],
  [/\bCHF\b/g, 'congestive heart failure', 'abbr: CHF'],
  // The list's other meaning ("molecular intelligence") is no clinical statement.
  [/\bMI\b/g, 'myocardial infarction', 'abbr: MI'],
  [/\bHFrEF\b/g, 'systolic heart failure', 'abbr: HFrEF'],
  [/\bHFpEF\b/g, 'diastolic heart failure', 'abbr: HFpEF'],
  [/\bHF\b/g, 'heart failure', 'abbr: HF'],
  [/\bILD\b/g, 'interstitial lung disease', 'abbr: ILD'],
  [/\bTIA\b/g, 'transient ischemic attack', 'abbr: TIA'],
  // An IUD is the classification's intrauterine contraceptive device (Index: Intrauterine contraceptive device,
  // checking Z30.431; Tabular Z97.5 "Presence of (intrauterine) contraceptive device"); LNG-IUD is the levonorgestrel one.
  [
    /\b(?:LNG-?)?IUDs?\b/g,
    'intrauterine contraceptive device',
    'Index: Intrauterine contraceptive device, checking Z30.431 (medical-abbreviations: IUD, intrauterine device)',
  ],
  // A peripheral neuropathy is a polyneuropathy (Index: Neuropathy, peripheral (nerve) - see also Polyneuropathy,
  // G62.9 "Polyneuropathy, unspecified"): "T2DM w/ peripheral neuropathy" is "Diabetes, with, polyneuropathy".
  [/\bperipheral (?:poly)?neuropath(?:y|ies)\b/gi, 'peripheral polyneuropathy', 'Index: Neuropathy, peripheral (nerve) - see also Polyneuropathy (G62.9)'],
  // Triglycerides are the glycerides E78.1 names (Tabular E78.1 "Pure hyperglyceridemia", inclusion: elevated fasting triglycerides).
  [/\bhypertriglyceridemia\b/gi, '$& hyperglyceridemia', 'Tabular E78.1 "Pure hyperglyceridemia", inclusion: elevated fasting triglycerides'],
  // A smaller appetite is the Index's "lack or loss" of it (Appetite, lack or loss R63.0; see also Anorexia).
  [/\b(?:decreased|poor|reduced|diminished|low|lost)\s+appetite\b/gi, 'loss of appetite', 'Index: Appetite, lack or loss R63.0'],
  // A mother 35 or older at delivery is the classification's "elderly" one (Tabular O09.5- "Supervision of
  // elderly primigravida and multigravida", inclusion: pregnancy for a female 35 years and older at
  // expected date of delivery); obstetric notes say "advanced maternal age". A gravida is a pregnant
  // woman: her order is the Index's "Pregnancy, complicated by, elderly, primigravida / multigravida".
  [/\badvanced maternal age\b/gi, 'elderly', 'Tabular O09.5- inclusion: pregnancy for a female 35 years and older at expected date of delivery'],
  [/\b(?:primi|multi)gravida\b/gi, '$& pregnancy', 'Index: Primigravida, elderly - see Pregnancy, complicated by, elderly, primigravida'],
  // The Index writes "Preterm" (Labor, preterm), the Tabular "pre-term" (O09.21, Z87.51): both forms.
  [/\bpre-?term\b/gi, 'preterm pre-term', 'Index: Preterm (Labor, preterm); Tabular O09.21 / Z87.51 "pre-term"'],
  // Electronic nicotine delivery systems are tobacco products (FDA deeming rule, 21 CFR 1143), named
  // by no F17.2- title: the "other tobacco product" code (I.A.9.a), when the statement is nicotine's.
  [
    /\b(?:e-?cig(?:arette)?s?|vap(?:e|ing)|ENDS)\b(?<=\b(?:nicotine|tobacco)\b[^.;\n]{0,40}(?:e-?cig(?:arette)?s?|vap(?:e|ing)|ENDS))/gi,
    'other tobacco product',
    'Tabular F17.29 "other tobacco product" (FDA deeming rule, 21 CFR 1143: e-cigarettes are tobacco products)',
  ],
  // A high INR (abbr: INR, international normalized ratio: the prothrombin time standardized) is a prolonged
  // prothrombin time (Index: Prolonged, prothrombin time R79.1; Tabular R79.1 "Abnormal or prolonged prothrombin time").
  [
    /\b(?:elevated|high|supratherapeutic|prolonged|raised|increased)\s+INR\b|\bINR\s+(?:is\s+)?(?:elevated|high|supratherapeutic|prolonged)\b/gi,
    'prolonged prothrombin time',
    'Index: Prolonged, prothrombin time R79.1 (abbr: INR, international normalized ratio)',
  ],
  // A rising PSA is an elevated one: Tabular R97.2 "Elevated prostate specific antigen [PSA]" holds R97.21 "Rising
  // PSA following treatment for malignant neoplasm of prostate"; without that treatment it is R97.20.
  [
    /\b(?:rising|increasing|uptrending)\s+PSA\b/gi,
    'rising elevated prostate specific antigen',
    'Tabular R97.2 "Elevated prostate specific antigen [PSA]" (R97.21 "Rising PSA ...")',
  ],
  // A patient who "smokes" is a smoker (Index: Smoker - see Dependence, drug, nicotine).
  // NPIAP (2016) renamed the pressure ulcer a pressure injury; Tabular L89 "Pressure ulcer" includes pressure area and sore.
  // A deep tissue one is its own subdivision ("pressure-induced deep tissue damage"), read by its words.
  [
    /(?<!\bdeep tissue\s)\bpressure injur(?:y|ies)\b|\b(?:decubitus(?: ulcers?)?|bed ?sores?|pressure sores?)\b/gi,
    'pressure ulcer',
    'Tabular L89 "Pressure ulcer" (includes: bed sore, decubitus ulcer, pressure sore); Index: Decubitus - see Ulcer, pressure; NPIAP 2016: pressure injury',
  ],
  [
    /\bdeep tissue (?:pressure )?injur(?:y|ies)\b/gi,
    'pressure-induced deep tissue damage',
    'Tabular L89.-6 "Pressure-induced deep tissue damage" (NPIAP 2016: deep tissue pressure injury)',
  ],
  // A precerebral or cerebral artery's stenosis is its "occlusion and stenosis" (Tabular I65 "Occlusion and stenosis of
  // precerebral arteries", I66 "... of cerebral arteries"): one code names both ("L ICA stenosis 60-70%": I65.22).
  [
    /\bstenos[ie]s\b(?<=\b(?:carotid|ICA|CCA|vertebral|basilar|cerebral|MCA|ACA|PCA)\b[^.;\n]{0,30})|\bstenos[ie]s\b(?=[^.;\n]{0,30}\b(?:carotid|ICA|vertebral|basilar|cerebral)\b)/gi,
    '$& occlusion',
    'Tabular I65-I66 "Occlusion and stenosis of precerebral / cerebral arteries"',
  ],
  // A gastroenteritis is read under the Index's Enteritis too, where its organisms are listed ("Enteritis, norovirus
  // A08.11"; Gastroenteropathy - see also Gastroenteritis): "Norovirus gastroenteritis" is A08.11.
  [/\bgastroenteritis\b/gi, '$& enteritis', 'Index: Enteritis, by organism (norovirus A08.11, rotaviral A08.0); Gastroenteropathy - see also Gastroenteritis'],
  // Diuresis with a loop diuretic is that drug's therapy (Table of Drugs: Diuretic, loop (high-ceiling) T50.1X-).
  [/\bloop diuresis\b/gi, 'loop diuretic', 'Table of Drugs: Diuretic, loop (high-ceiling) T50.1X- (diuresis by a loop diuretic)'],
  [/\bsmokes\b/gi, 'smoker', 'Index: Smoker - see Dependence, drug, nicotine'],
  // Massive and submassive are the severity classes of an acute pulmonary embolism (AHA 2011 scientific statement, Jaff
  // et al.): "Submassive PE" is an acute one (Index: Embolism, pulmonary, acute), the shorthand read in that context.
  [/\b(?:sub-?)?massive(?=\s+(?:PE|pulmonary embol))/gi, '$& acute', 'Index: Embolism, pulmonary (acute) (AHA 2011: massive and submassive acute PE)'],
  // A calculous cholecystitis is one with stones in the gallbladder (Index: Cholecystitis, with calculus, stones in
  // gallbladder - see Calculus, gallbladder, with cholecystitis; main term "Calculus, calculous" lists the adjective).
  [
    /\bcalculous(?=\s+(?:(?:acute|chronic|subacute|acute on chronic)\s+)?cholecystitis\b)/gi,
    'calculus of gallbladder with',
    'Index: Cholecystitis, with calculus, stones in gallbladder - see Calculus, gallbladder, with cholecystitis',
  ],
  // Screening names its target as the Tabular does: lipid disorders are its "lipoid disorders" (Z13.220, includes
  // screening for cholesterol level and hyperlipidemia), a hepatitis virus a viral disease (Index: Screening, disease or
  // disorder, viral NEC Z11.59; USPSTF 2020 hepatitis C screening).
  [
    /\b(?:lipids?|cholesterol)(?:\s+(?:disorders?|panel|level))?(?=\s+screen)|(?<=\bscreen(?:ing)?\s+(?:for\s+)?)(?:lipids?|cholesterol)(?:\s+(?:disorders?|panel|level))?\b/gi,
    'lipoid disorders',
    'Tabular Z13.220 "Encounter for screening for lipoid disorders" (includes: cholesterol level, hyperlipidemia)',
  ],
  [
    /(?<=\b(?:hepatitis|hep)\.?\s*)[BC]\b(?=\s+(?:virus\s+)?(?:antibody\s+)?screen)|(?<=\bscreen(?:ing)?\s+(?:for\s+)?(?:hepatitis|hep)\.?\s*)[BC]\b|\bHCV\b(?=\s+screen)|(?<=\bscreen(?:ing)?\s+(?:for\s+)?)HCV\b/gi,
    '$& viral disease',
    'Index: Screening, disease or disorder, viral NEC Z11.59 (hepatitis B and C are viral diseases)',
  ],
  // Menopause's symptoms make a symptomatic one (Index: Menopause, symptomatic N95.1), not the asymptomatic state Z78.0.
  [/\b(?:(?:vasomotor )?symptoms? of (?:the )?menopause|menopause symptoms?)\b/gi, 'symptomatic menopause', 'Index: Menopause, symptomatic N95.1'],
  // The genitourinary syndrome of menopause is the current name of vulvovaginal atrophy and atrophic vaginitis (NAMS/ISSWSH
  // 2014 terminology consensus), the Index's postmenopausal atrophic vaginitis (Vaginitis, atrophic, postmenopausal N95.2;
  // senile (atrophic) N95.2): every Index path of an atrophic vaginitis leads there.
  [
    /\b(?:genitourinary syndrome of menopause|vulvovaginal atrophy|vaginal atrophy|atrophic vaginitis)\b/gi,
    'postmenopausal atrophic vaginitis',
    'Index: Vaginitis, atrophic, postmenopausal N95.2 (NAMS/ISSWSH 2014: genitourinary syndrome of menopause)',
  ],
  // Index: Elevated, blood pressure, reading (incidental) (isolated) (nonspecific), no diagnosis of hypertension R03.0: an
  // elevated blood pressure the note says has no diagnosis of hypertension is that reading, "reading" said or not; a denied
  // history of hypertension is no diagnosis of it ("elevated BP, no hx HTN").
  [
    /\b(?:elevated|high|raised) (?:BP|blood pressure)(?: readings?)?(?=[^\n]{0,60}?\b(?:no|w\/o|without|not)\b[^\n]{0,25}?\b(?:HTN|hypertension)\b)/gi,
    'elevated blood pressure reading',
    'Index: Elevated, blood pressure, reading, no diagnosis of hypertension R03.0',
  ],
  [
    /\b(?:no|w\/o|without)\s+(?:prior\s+|previous\s+|known\s+|formal\s+)?(?:hx|history|dx|diagnosis)\s+(?:of\s+)?(?:HTN|hypertension)\b/gi,
    'no diagnosis of hypertension',
    'Index: Elevated, blood pressure, reading, no diagnosis of hypertension R03.0',
  ],
  // Tobacco named alone as a problem ("Tobacco - 1 ppd", "Tobacco: counseled") is its use (Index: Tobacco, use Z72.0);
  // tobacco-product.ts makes it a smoker's dependence when the note says cigarettes are smoked now.
  [/\btobacco\b(?![ \t]*[\w(])/gi, 'tobacco use', 'Index: Tobacco (nicotine), use Z72.0'],
  // A prostate cancer's response to androgen deprivation is its hormone status (Tabular Z19.2 inclusion: castrate
  // resistant prostate malignancy status; castration-sensitive is its opposite, Z19.1 hormone sensitive).
  [/\bcastrat(?:e|ion)[- ]resistant\b/gi, 'hormone resistant', 'Tabular Z19.2 inclusion: Castrate resistant prostate malignancy status'],
  [/\bcastrat(?:e|ion)[- ]sensitive\b/gi, 'hormone sensitive', 'Tabular Z19.1 Hormone sensitive malignancy status (the opposite of Z19.2 castrate resistant)'],
  // A stone at the ureter's junctions is a ureteral one (Index: Calculus, ureter N20.1; Hydronephrosis, with, ureteral
  // calculus N13.2): the ureterovesical junction (UVJ) and the list's UPJ, ureteropelvic junction.
  [/\bU[VP]J\b/g, '$& ureter junction', 'Index: Calculus, ureter N20.1 (abbr: UPJ, ureteropelvic junction; UVJ, ureterovesical junction)'],
  // "Lac" clipped is a laceration ("lac repair", Index: Laceration); before a value it is lactate ("lac 2.1").
  [/\b[Ll]ac\b(?!\s*[\d:=<>])/g, 'laceration', 'word form (clipped: Index: Laceration)'],
  // Heavy menstrual bleeding is the Tabular's heavy periods (N92.0 inclusion "Heavy periods NOS"; Index: Menstruation, excessive).
  [
    /\b(?:[Hh]eavy (?:menstrual bleeding|menses|menstruation)|HMB)\b/g,
    'heavy periods excessive menstruation',
    'Tabular N92.0 inclusion "Heavy periods NOS" (abbr: HMB, heavy menstrual bleeding)',
  ],
  // A uterine fibroid is a leiomyoma of the uterus (Tabular D25 includes: uterine fibroid, fibromyoma, myoma), whose
  // kinds the Index lists under Leiomyoma, uterus (intramural D25.1, submucous D25.0, subserosal D25.2).
  [
    /\b(?:fibroids?|fibromyomas?|myomas?)\b(?<=\b(?:uter\w*|intramural|submucos\w*|submucous|subserosal|pedunculated)\b[^.;\n]{0,30})|\b(?:fibroids?|fibromyomas?|myomas?)\b(?=[^.;\n]{0,30}\buter)/gi,
    '$& leiomyoma',
    'Tabular D25 includes: uterine fibroid, uterine fibromyoma, uterine myoma',
  ],
  // A well adolescent visit is the routine child health check (Tabular Z00.12 "Encounter for routine child health
  // examination": health check for child over 28 days old), not Z00.3's assessment of adolescent development.
  [
    /\bwell[- ](?:adolescent|teen(?:ager)?)\b|\b(?:adolescent|teen(?:ager)?) well\b/gi,
    'well child',
    'Tabular Z00.12 routine child health examination (health check (routine) for child over 28 days old)',
  ],
  // Words of a plan's dosing and trends, not conditions: "stress-dose" glucocorticoids (dosing for physiologic stress),
  // insulin by a "sliding" or "correction scale" (ADA Standards: correction insulin), a measure "falling" (decreasing).
  [/\bstress[- ]dos(?:e|ed|ing)\b/gi, 'dose', 'Table of Drugs: Glucocorticoid (its "stress dosing", a dose), not Index: Stress Z73.3'],
  [
    /\b(?:sliding|correction)[- ]scale\b/gi,
    'correction insulin',
    'Table of Drugs: Insulin (its "sliding" or "correction scale" dosing; ADA Standards: correction insulin), not Index: Scaling, skin R23.4',
  ],
  [
    /(?<=\b(?:requirements?|levels?|counts?|Cr|creatinine|Hgb|hemoglobin|platelets?|BP|pressures?|lactate|WBC|sats?|saturations?|O2)\s+)falling\b/gi,
    'decreasing',
    'word form (a measure "falling" is decreasing), not Index: Fall, falling R29.6',
  ],
  // The Index's "disc" alone is the intervertebral disc (Disorder, disc M51.9 "... intervertebral disc disorder"); its
  // other entries write it out ("Degeneration, intervertebral disc NOS, lumbar region" M51.36). An optic disc is the eye's.
  [/(?<!\boptic\s)\bdis[ck]s?\b/gi, 'intervertebral $&', 'Index: Disorder, disc M51.9; Degeneration, intervertebral disc; Displacement, intervertebral disc'],
  // Low back pain is the Index's Lumbago (both M54.5): read there too, where "with sciatica" M54.4- is listed.
  [
    /\blow back pain\b/gi,
    '$& lumbago',
    'Index: Lumbago, lumbalgia M54.5, with sciatica M54.4-; Pain, low back M54.5; Pain, spine, low back, with sciatica M54.4-',
  ],
  // DSM-5 specifies a delirium's level of activity (hyperactive, hypoactive, mixed): a kind of the delirium, not the
  // Index's "Hyperactive, hyperactivity" F90.9 of a child.
  [
    /\b(?:hyper|hypo)active(?=,?\s+delirium\b)|(?<=\bdelirium,?\s+)(?:hyper|hypo)active\b/gi,
    '',
    'DSM-5 delirium specifiers: hyperactive, hypoactive, mixed level of activity',
  ],
  // A delirium of several causes is the Index's "Delirium, due to, multiple etiologies F05".
  [/(?<=\bdelirium\b[^.;\n]{0,80})\bmultifactorial\b/gi, 'due to multiple etiologies', 'Index: Delirium, due to, multiple etiologies F05'],
  // The Index lists the forms as one main term, "Alcohol, alcoholic, alcohol-induced": an alcoholic condition is the
  // alcohol-induced one of its subterms ("alcoholic pancreatitis": Pancreatitis, acute, alcohol induced K85.20); a
  // non-alcoholic one is not ("Non-alcoholic fatty liver", however hyphenated, is K76.0).
  [
    /(?<!\bnon[-\u2010\u2011]?)\balcoholic\b(?=[ \t]+[a-z])/gi,
    '$& alcohol-induced',
    'Index: Alcohol, alcoholic, alcohol-induced (one main term, its forms listed)',
  ],
  // ... and a condition due to alcohol, or alcohol-related, is the alcoholic one ("Cirrhosis due to alcohol": Cirrhosis, alcoholic K70.30).
  [
    /\b(?:(?:due to|secondary to|d\/t|2\/2|from)\s+(?:chronic\s+|heavy\s+)?(?:alcohol|etoh|ethanol)(?:\s+(?:use|abuse|intake|consumption))?|alcohol[- ](?:related|induced|associated))\b/gi,
    '$& alcoholic',
    'Index: Alcohol, alcoholic, alcohol-induced (one main term, its forms listed); Cirrhosis, alcoholic K70.30; Hepatitis, alcoholic K70.10',
  ],
  // "Alcohol-associated liver disease" is the current name of alcoholic liver disease (AASLD 2019 practice guidance;
  // multisociety nomenclature 2023): the Index's alcoholic forms.
  [
    /\balcohol[- ]associated\b(?=[ \t]+[a-z])/gi,
    'alcoholic',
    'Index: Alcohol, alcoholic, alcohol-induced; AASLD: alcohol-associated = alcoholic liver disease',
  ],
  // Packs a day and pack-years count cigarettes (USPSTF 2021 lung cancer screening: a pack-year is
  // packs of cigarettes a day times years smoked): Tabular F17.21- "cigarettes".
  [
    /\b(?:\d+(?:\.\d+)?|one|half|a)[ -]?(?:ppd|packs?(?: per | a |\/)day|pk\/d(?:ay)?|pack-?years?|pk-?yrs?)\b/gi,
    '$& cigarettes',
    'Tabular F17.21- "cigarettes" (USPSTF 2021: a pack-year is packs of cigarettes a day times years)',
  ],
  [/\bCOPD\b/g, 'chronic obstructive pulmonary disease', 'abbr: COPD'],
  [/\bGERD\b/g, 'gastro-esophageal reflux disease', 'abbr: GERD'],
  [/\bOA\b/g, 'osteoarthritis', 'abbr: OA'],
  [/\bCMC\b/g, 'carpometacarpal', 'Tabular M18 "... of first carpometacarpal joint" (CMC: carpometacarpal, Terminologia Anatomica)'],
  [/\bMDD\b/g, 'major depressive disorder', 'abbr: MDD'],
  // Not the GAD-7 or GAD-2 questionnaire (a score, not a diagnosis), as PHQ-9 is no depression.
  [/\bGAD\b(?!-?[27]\b)/g, 'generalized anxiety disorder', 'abbr: GAD'],
  // The list's "post traumatic" written as the classification writes it (Tabular F43.1 "Post-traumatic stress disorder").
  [/\bPTSD\b/g, 'post-traumatic stress disorder', 'abbr: PTSD'],
  [/\bADHD\b/g, 'attention-deficit hyperactivity disorder', 'abbr: ADHD'],
  [/\bBPH\b/g, 'benign prostatic hyperplasia', 'abbr: BPH'],
  [/\bLUTS\b/g, 'lower urinary tract symptoms', 'abbr: LUTS'],
  // In imaging reports CAD is computer-aided detection.
  [
    /(?<!\b(?:tomosynthesis|mammogra\w*|imaging|images?|detection)\b[^.\n]{0,40})\bCAD\b/g,
    'atherosclerotic heart disease of native coronary artery',
    'abbr: CAD',
  ],
  // A vitamin named by its letter and number alone ("B12 deficiency", "low B12"): the Index writes "vitamin B12".
  [/(?<!\b(?:vitamin|vit)\.?\s?)\bB12\b/gi, 'vitamin B12', 'Index: Deficiency, vitamin, B12; Anemia, deficiency, vitamin B12'],
  [/\bURI\b/g, 'upper respiratory infection', 'abbr: URI'],
  [/\bUTI\b/g, 'urinary tract infection', 'abbr: UTI'],
  [/\bDVT\b/g, 'deep vein thrombosis', 'abbr: DVT'],
  [/\b(?:HLD|hyperlipidaemia)\b/g, 'hyperlipidemia', 'abbr: HLD'],
  [/\bIBS\b/g, 'irritable bowel syndrome', 'abbr: IBS'],
  [/\bOSA\b/g, 'obstructive sleep apnea', 'abbr: OSA'],
  // The list's "Gyn" (gynecology), written in lower case too ("annual gyn exam"); Z01.41- "gynecological examination".
  [/\b(?:GYN|[Gg]yn)\b/g, 'gynecological', 'abbr: Gyn'],
  // ACOG's well-woman visit is the annual gynecological examination (Index: Examination, annual, gynecological Z01.419).
  [/\bwell[- ]wom[ae]n\b/gi, 'annual gynecological', 'Index: Examination, annual, gynecological Z01.419 (ACOG: the well-woman visit)'],
  [/\bSOB\b/g, 'shortness of breath', 'abbr: SOB'],
  [/\bMRSA\b/g, 'methicillin resistant staphylococcus aureus', 'abbr: MRSA'],
  [/\bGBS\b/g, 'streptococcus group b', 'abbr: GBS'],
  [/\bGAS\b/g, 'streptococcus group a', 'abbr: GAS'],
  [/\bMSSA\b/g, 'methicillin susceptible staphylococcus aureus', 'abbr: MSSA'],
  [/\bHSV\b/g, 'herpes simplex', 'abbr: HSV'],
  [/\bAOM\b/g, 'acute otitis media', 'abbr: AOM'],
  [/\bO2\b/g, 'oxygen', 'abbr: O2'],
  [/\b(?:b\/l|bilat)\b/gi, 'bilateral', 'ICD-10-CM I.B.13 laterality (bilateral); "bilat" its clipped form'],
  // The eyes' sides (the H and E11.3- titles say "right eye", "left eye", "bilateral"). OD is also an
  // overdose and OS overall survival: those two are an eye only beside an eye's word in their clause.
  [/\bOU\b/g, 'bilateral', 'abbr: OU'],
  [besideEye('OD'), 'right eye', 'abbr: OD'],
  [besideEye('OS'), 'left eye', 'abbr: OS'],
  // Not in the shared list: the initials of the Tabular's own words at E08-E13 .32-.35 "(non)proliferative
  // diabetic retinopathy". PDR is also a drug reference book: it is the retinopathy only beside an eye's word.
  [/\bNPDR\b/g, 'nonproliferative diabetic retinopathy', 'Tabular E11.32-E11.34 "nonproliferative diabetic retinopathy" (its initials)'],
  [besideEye('PDR'), 'proliferative diabetic retinopathy', 'Tabular E11.35 "proliferative diabetic retinopathy" (its initials)'],
  // Diabetic macular edema (E08-E13 .3x1- "with macular edema"; the retina guidelines' DME); also durable
  // medical equipment: an eye's only beside an eye's word.
  [besideEye('DME'), 'diabetic macular edema', 'Tabular E11.311 "... with macular edema" (diabetic macular edema, its initials)'],
  [/\b[Rr]>[Ll]\b|\b[Ll]>[Rr]\b/g, 'bilateral', 'ICD-10-CM I.B.13 laterality (bilateral)'],
  // A lone capital R / L before the next word is a side ("R knee", "L palm", "R 1st MTP"); after a number it is a unit ("2 L").
  [/(?<!\d\s?)\bR\b(?=\s+[A-Za-z0-9]|-sided\b)/g, 'right unilateral', 'ICD-10-CM I.B.13 laterality: a lone R before a body part, or "R-sided"'],
  [/(?<!\d\s?)\bL\b(?=\s+[A-Za-z0-9]|-sided\b)/g, 'left unilateral', 'ICD-10-CM I.B.13 laterality: a lone L before a body part, or "L-sided"'],
  // Or set off after the condition it sides, as an item of its own ("Acute suppurative OM, L, w/o rupture", "(R)").
  [/(?<=(?:,|\(|\s[-–])\s?)\bR\b(?=\s*(?:[,;)]|$))/gm, 'right unilateral', 'ICD-10-CM I.B.13 laterality: a lone R set off after its condition'],
  [/(?<=(?:,|\(|\s[-–])\s?)\bL\b(?=\s*(?:[,;)]|$))/gm, 'left unilateral', 'ICD-10-CM I.B.13 laterality: a lone L set off after its condition'],
  // Or right after the condition's last word, before the item's dash aside or its end ("AOM L - improving").
  [/(?<=[A-Za-z]{2}\s)\bR\b(?=\s+[-–—]\s|\s*$)/gm, 'right unilateral', 'ICD-10-CM I.B.13 laterality: a lone R closing its condition'],
  [/(?<=[A-Za-z]{2}\s)\bL\b(?=\s+[-–—]\s|\s*$)/gm, 'left unilateral', 'ICD-10-CM I.B.13 laterality: a lone L closing its condition'],
  // After a number "fx" is a radiotherapy fraction ("25 fx"), the list's other meaning; after an
  // organ it is that organ's function ("renal fx"): only a fracture is expanded.
  [
    /(?<!\d\s?)(?<!\b(?:renal|kidney|liver|hepatic|lung|pulmonary|thyroid|cardiac|heart|LV|RV|bowel|bladder|sexual|cognitive|motor|sensory)\s)\b(?:Fx|FX|fx)\b/g,
    'fracture',
    'abbr: Fx',
  ],
  [/\bATFL\b/g, 'anterior talofibular ligament', 'abbr: ATFL'],
  [/\bACL\b/g, 'anterior cruciate ligament', 'abbr: ACL'],
  [/\bPCL\b/g, 'posterior cruciate ligament', 'abbr: PCL'],
  // Meanings resolved by the clause (issue #24 item 4): MCL is also a mucinous cystic lesion, LOC a level of consciousness or care.
  [
    /\bMCL\b(?<=\b(?:sprain\w*|tear|knee|ligament)\b[^.;\n]{0,40}MCL)|\bMCL\b(?=[^.;\n]{0,40}\b(?:sprain|tear|knee|ligament))/gi,
    'medial collateral ligament',
    'abbr: MCL',
  ],
  // The clause's injury words are those of S06's titles ("Traumatic subdural hemorrhage without loss of consciousness").
  [
    /\bLOC\b(?<=\b(?:concussion|head (?:injury|trauma)|TBI|struck|hit|fall|fell|SDH|EDH|SAH|subdural|epidural|subarachnoid|intracranial)\b[^.;\n]{0,40}LOC)|\bLOC\b(?=[^.;\n]{0,40}\b(?:concussion|head (?:injury|trauma)))/gi,
    'loss of consciousness',
    'abbr: LOC',
  ],
  [/\bw\/o\b/gi, 'without', 'ICD-10-CM I.A.15 "with" / "without" conventions'],
  [/\bw\//gi, 'with ', 'ICD-10-CM I.A.15 "with" / "without" conventions'],
  [/\bCOVID(?:-19)?\b/gi, 'COVID-19', 'ICD-10-CM I.C.1.g.1: COVID-19 (U07.1)'],
  // Titles say "not specified as traumatic" / "nontraumatic" both ways; the note's word is a denial of that word
  // alone, set off so it does not run on to the condition ("Nontraumatic intracerebral hemorrhage").
  [/\bnon-?traumatic\b/gi, '(not traumatic)', 'Tabular titles "nontraumatic" / "not specified as traumatic"'],
  // One side named is a unilateral condition (M16/M17 titles say "unilateral").
  [/\bleft\b/gi, 'left unilateral', 'ICD-10-CM I.B.13 laterality; M16/M17 titles say "unilateral"'],
  [/\bright\b/gi, 'right unilateral', 'ICD-10-CM I.B.13 laterality; M16/M17 titles say "unilateral"'],
];

/** Diabetes named shortly before, in the same clause. */
const diabetesBefore = /\b(?:T[12]DM|DM ?(?:2|II|1|I)?|diabet\w*)\b[^.;\n]{0,40}$/i;

/** I63.3- / I63.4-: "Cerebral infarction due to thrombosis / embolism of (unspecified) cerebral artery". */
const strokeCause: Record<string, string> = {
  embolic: ' due to embolism of cerebral artery',
  cardioembolic: ' due to embolism of cerebral artery',
  thromboembolic: ' due to embolism of cerebral artery',
  thrombotic: ' due to thrombosis of cerebral artery',
  lacunar: ' lacunar',
};

/**
 * A stroke of no kind said in a named artery's territory ("ischemic stroke, L MCA") is I63.5- "Cerebral infarction due to
 * unspecified occlusion or stenosis of <artery>": the mechanism left open, the artery said.
 */
const namedArtery =
  /^[^.;\n]{0,40}?(?:\b[MAP]CA\b|\b(?:[Mm]iddle|[Aa]nterior|[Pp]osterior) cerebral\b|\b(?:[Bb]asilar|[Vv]ertebral|[Cc]arotid|[Cc]erebellar)\b)/;
function arteryNamed(m: RegExpMatchArray): string {
  const after = (m.input ?? '').slice((m.index ?? 0) + m[0].length);
  return namedArtery.test(after) ? ' due to unspecified occlusion or stenosis of cerebral artery' : '';
}

/** "IIIa" -> "3a", "IV" -> "4"; an arabic stage as written (lower-cased). */
/** A grade in roman figures, as the Index writes it ("2" and "II" are "II"). */
const romanGrade = (g: string) => ({ '1': 'I', '2': 'II', '3': 'III', '4': 'IV' })[g] ?? g.toUpperCase();
/** The Index's subterm for the organ an intraepithelial neoplasia's adjective names. */
const intraepithelialSite: Record<string, string> = { cervical: 'cervix', vaginal: 'vagina', vulvar: 'vulva', anal: 'anal' };

function romanStage(stage: string): string {
  const m = /^(i{1,3}|iv|v)([ab]?)$/i.exec(stage);
  if (!m) return stage.toLowerCase();
  return `${({ i: 1, ii: 2, iii: 3, iv: 4, v: 5 } as Record<string, number>)[m[1]!.toLowerCase()]}${m[2]!.toLowerCase()}`;
}

/** Genus by its initial and species, as the Tabular's B96 titles bracket them. */
const genusOf: Record<string, string> = {
  'E coli': 'escherichia',
  'H influenzae': 'hemophilus',
  'H pylori': 'helicobacter',
  'K pneumoniae': 'klebsiella',
  'M pneumoniae': 'mycoplasma',
  'B fragilis': 'bacteroides',
  'C perfringens': 'clostridium',
  'C difficile': 'clostridium',
};

/** The vertebrae of each region of the spine: C1-C7 cervical, T1-T12 thoracic, L1-L5 lumbar, S1-S5 sacral. */
const spineRegions: Record<string, [last: number, region: string]> = { C: [7, 'cervical'], T: [12, 'thoracic'], L: [5, 'lumbar'], S: [5, 'sacral'] };
/** The region of a vertebral level, or none. */
function spineRegion(letter: string, level: number): string | undefined {
  const r = spineRegions[letter.toUpperCase()];
  return r && level >= 1 && level <= r[0] ? r[1] : undefined;
}
/** Regions joined across a level range ("C7-T1" cervicothoracic, "T12-L1" thoracolumbar, "L5-S1" lumbosacral). */
const joinedRegion: Record<string, string> = { 'cervical thoracic': 'cervicothoracic', 'thoracic lumbar': 'thoracolumbar', 'lumbar sacral': 'lumbosacral' };
/** Words of the spine a level is read beside (C4 is also a complement, T4 a hormone, S2 a heart sound). */
const spineWord = String.raw`\b(?:dis[ck]s?|spin\w*|stenosis|radicul\w*|spondyl\w*|vertebra\w*|herniat\w*|HNP|DDD|foramin\w*|lamin\w*|fusion|myelopath\w*|sciatica|protrusion|bulg\w*|listhesis|compression fracture|facet|canal)\b`;
const level = String.raw`[CTLS]\d{1,2}(?:\s*[-–/]\s*[CTLS]?\d{1,2})?`;
const spineLevel = new RegExp(
  String.raw`\b([CTLS])(\d{1,2})(?:\s*[-–/]\s*([CTLS])?(\d{1,2}))?\b(?:(?<=${spineWord}[^.;\n]{0,60}${level})|(?=[^.;\n]{0,60}${spineWord}))`,
  'gi',
);

/** Rewrites of a note's wording into the classification's (DSM-5 use disorder severity, quadrants, genus initials, ...). */
export const rewrites: [RegExp, (m: RegExpMatchArray) => string, Source][] = [
  // Contact with a communicable disease and exposure to it are one category (Tabular Z20 "Contact with and (suspected)
  // exposure to ..."; I.C.21.c.1): an exposure said is the contact its titles name first.
  [
    /\bexpos(?:ure|ed)\b/gi,
    (m) => `${m[0]} (${/ed$/i.test(m[0]) ? 'exposure ' : ''}contact)`,
    'Tabular Z20 "Contact with and (suspected) exposure to communicable diseases" (I.C.21.c.1)',
  ],
  // Dry and wet are said only of the age-related macular degeneration (Tabular H35.31 "Nonexudative age-related macular
  // degeneration", inclusion "Dry age-related macular degeneration"; H35.32, "Wet ..."): a note need not repeat the age.
  [
    /\b(?:dry|wet|non-?exudative|exudative)\b(?=[^.;\n]{0,30}\bmacular degeneration\b)|(?<=\bmacular degeneration\b[^.;\n]{0,30})\b(?:dry|wet|non-?exudative|exudative)\b/gi,
    (m) => `${m[0]} (age-related)`,
    'Tabular H35.31, H35.32 inclusion terms ("Dry age-related macular degeneration", "Wet age-related macular degeneration")',
  ],
  // A vertebral level names its region, as the M40-M54 and S12-S32 subdivisions do ("cervical region", "lumbosacral
  // region"): "L4-L5" is lumbar, "L5-S1" lumbosacral, read beside a word of the spine.
  [
    spineLevel,
    (m) => {
      const from = spineRegion(m[1]!, Number(m[2]));
      const to = m[4] ? spineRegion(m[3] ?? m[1]!, Number(m[4])) : from;
      if (!from || !to) return m[0];
      const region = from === to ? from : joinedRegion[`${from} ${to}`];
      return region ? `${m[0]} (${region})` : m[0];
    },
    'Tabular M40-M54, S12-S32 regions of the spine (cervical, cervicothoracic, thoracic, thoracolumbar, lumbar, lumbosacral, sacral) by their vertebral levels',
  ],
  // A ductal carcinoma in situ is the Index's intraductal (noninfiltrating) carcinoma ("Carcinoma, intraductal
  // (noninfiltrating), breast D05.1-"; Tabular D05.1 "Intraductal carcinoma in situ of breast").
  [
    /\bductal(?= carcinoma in situ\b)/gi,
    () => 'intraductal',
    'Index: Carcinoma, intraductal (noninfiltrating), breast D05.1- (Tabular D05.1 "Intraductal carcinoma in situ of breast")',
  ],
  // "d/t" is "due to" (the shorthand every cause reader here already takes as a stated cause, cause-clauses.ts):
  // the Index's "due to" subterms read it too ("Neutropenia, drug-induced, due to cytoreductive cancer chemotherapy").
  [/\bd\/t\b/gi, () => 'due to', 'ICD-10-CM I.A.15 and the Index\'s "due to" subterms (a stated cause, written "d/t")'],
  // A breast's quadrants by their initials: Tabular C50.2-C50.5 and N63.21-N63.24 "upper-outer quadrant" ... "lower-inner quadrant".
  [
    /\b([UL])([OI])Q\b/g,
    (m) => `${m[1] === 'U' ? 'upper' : 'lower'}-${m[2] === 'O' ? 'outer' : 'inner'} quadrant`,
    'Tabular C50.2-C50.5, N63.21-N63.24 (the quadrant titles, by their initials)',
  ],
  // A C. difficile infection is the intestinal one: the Index places it only under the intestine ("Infection, Clostridium,
  // difficile, foodborne A04.7; necrotizing enterocolitis A04.7"), and the Tabular's one disease of it is A04.7
  // "Enterocolitis due to Clostridium difficile" (inclusion "Pseudomembranous colitis"). "Clostridioides" is its new genus name.
  [
    /\b(?:C\.? ?diff(?:icile)?|Clostridi(?:um|oides) difficile) (?:infection|toxin positive)\b/g,
    () => 'Clostridium difficile enterocolitis',
    'Index: Infection, Clostridium, difficile, foodborne / necrotizing enterocolitis A04.7; Tabular A04.7 Enterocolitis due to Clostridium difficile',
  ],
  // An organism by its genus initial, as the Tabular brackets it: B96.20 "Escherichia coli [E. coli]",
  // B96.3 "Hemophilus influenzae [H. influenzae]", B96.81 "Helicobacter pylori [H. pylori]", B96.1
  // "Klebsiella pneumoniae [K. pneumoniae]", B96.0 "Mycoplasma pneumoniae [M. pneumoniae]", B96.6
  // "Bacteroides fragilis [B. fragilis]", B96.7 "Clostridium perfringens [C. perfringens]"; and A04.7 "Enterocolitis
  // due to Clostridium difficile", whose species the shared list shortens ("C diff, Clostridium difficile").
  [
    /\b([EHKMBC])\.? ?(coli|influenzae|pylori|pneumoniae|fragilis|perfringens|difficile|diff)\b/g,
    (m) => {
      const species = m[2]!.toLowerCase() === 'diff' ? 'difficile' : m[2]!.toLowerCase();
      return `${genusOf[`${m[1]} ${species}`] ?? m[1]} ${species}`.toLowerCase();
    },
    'Tabular B96 titles: the bracketed genus initials ([E. coli], [H. influenzae], [H. pylori], [K. pneumoniae], [M. pneumoniae], [B. fragilis], [C. perfringens]); A04.7 Clostridium difficile (abbr: C diff)',
  ],
  // The streptococcus and staphylococcus species shortened ("S. pneumo", "strep pneumo", "S. aureus"), as the Tabular
  // writes them out: J13 "Pneumonia due to Streptococcus pneumoniae",
  // B95.3 "Streptococcus pneumoniae as the cause ...", B95.6- "Staphylococcus aureus".
  [
    /\bS\.? ?pneumo\b|\bstrep(?:tococcus)? pneumo(?:niae)?\b/gi,
    () => 'streptococcus pneumoniae',
    'Tabular J13 "Pneumonia due to Streptococcus pneumoniae", B95.3 (the species with its genus written out)',
  ],
  [/\bS\.? ?aureus\b/g, () => 'staphylococcus aureus', 'Tabular B95.6- "Staphylococcus aureus" (the genus written out)'],
  // An obesity class in roman figures: the Tabular writes it in arabic (E66.811-E66.813 "Obesity, class 1" .. "class 3").
  [
    /\bclass\s+(I{1,3})\b(?=\s+obesity\b)|(?<=\bobesity,?\s+)class\s+(I{1,3})\b/gi,
    (m) => `class ${(m[1] ?? m[2]!).length}`,
    'Tabular E66.811-E66.813 "Obesity, class 1", "class 2", "class 3"',
  ],
  // The Index names dry eye only as a syndrome ("Syndrome, dry eye H04.12-"; "Deficiency, tear secretion NEC - see
  // Syndrome, dry eye"): "Dry eye OU" is that syndrome, the side completed as for any.
  [/\bdry eyes?\b(?!\s+(?:syndrome|disease))/gi, () => 'dry eye syndrome', 'Index: Syndrome, dry eye H04.12-'],
  // The DSM type named without its noun ("Bipolar I, current episode depressed"): F31 Includes "bipolar I
  // disorder", "bipolar type I disorder"; F31.81 "Bipolar II disorder" (inclusion "Bipolar disorder, type 2").
  [
    /\bbipolar\s+(I{1,2}|[12])\b(?!\s+(?:disorder|d\/o)\b)/gi,
    (m) => (/^(?:II|2)$/i.test(m[1]!) ? 'bipolar II disorder' : 'bipolar I disorder'),
    'Tabular F31 Includes "bipolar I disorder"; F31.81 "Bipolar II disorder"',
  ],
  // A grade in either figures: the Tabular writes some in roman ("Grade/stage III hemorrhoids" K64.2, "Follicular lymphoma
  // grade II" C82.1), others in arabic ("Cytokine release syndrome, grade 3" D89.833, "Intraventricular hemorrhage, grade 2").
  [
    /\bgrade\s*(IV|III|II|I|[1-4])\b(?!\s*\/)/gi,
    (m) => `${m[0]} (grade ${/^\d$/.test(m[1]!) ? romanGrade(m[1]!) : { I: 1, II: 2, III: 3, IV: 4 }[m[1]!.toUpperCase()]})`,
    'Tabular K64.0-K64.3 inclusion "Grade/stage I-IV hemorrhoids", C82.0-C82.2 "grade I-III"; D89.831-D89.835, P52.0-P52.22 "grade 1-5"',
  ],
  // An intraepithelial neoplasia's grade by its figure ("CIN 2", "VIN-3", "CIN II"), and its organ by the adjective
  // the Tabular uses ("Cervical intraepithelial neoplasia II [CIN II]", N87.1): the Index's "Neoplasia,
  // intraepithelial, cervix / vagina / vulva / anal, grade I / II / III" and its abbreviations' subterms ("CIN, grade II").
  [
    /\b(CIN|VIN|VAIN|AIN)[- ]?(III|II|I|[123])\b/g,
    (m) => `${m[1]} grade ${romanGrade(m[2]!)}`,
    'Index: CIN, VIN, VAIN, AIN, each with subterms "grade I", "grade II", "grade III"; Tabular N87.0-N87.1 inclusion terms [CIN I], [CIN II]',
  ],
  [
    /\b(cervical|vaginal|vulvar|anal) intraepithelial neoplasia\b(?:,? (III|II|I|[123])\b)?/gi,
    (m) => `intraepithelial neoplasia of ${intraepithelialSite[m[1]!.toLowerCase()]}${m[2] ? ` grade ${romanGrade(m[2])}` : ''}`,
    'Index: Neoplasia, intraepithelial, cervix / vagina / vulva / anal, grade I-III; Tabular N87.0-N87.1 "Cervical intraepithelial neoplasia I/II"',
  ],
  // A Pap smear is the Papanicolaou smear, of the cervix unless the note names another site ("vaginal Pap", "anal Pap"):
  // the Index's main term "Papanicolaou smear, cervix" and the Tabular's R87.61- "... on cytologic smear of cervix".
  // "PAP" in capitals is positive airway pressure (shared/lexicon medical-abbreviations) unless a smear is said.
  [
    /\b(?:(vaginal|anal|anus|vagina)\s+)?(pap)(?:\s+(?:smear|test))?\b(\s+(?:of\s+)?(?:the\s+)?(?:vagina|anus|anal)\b)?/gi,
    (m) => {
      if (m[2] === 'PAP' && !/smear/i.test(m[0])) return m[0];
      if (m[2] !== 'PAP' && m[2] !== 'Pap' && m[2] !== 'pap') return m[0];
      return m[1] || m[3] ? `${m[0]} (Papanicolaou cytologic smear)` : 'Papanicolaou cytologic smear of cervix';
    },
    'Index: Papanicolaou smear, cervix; Abnormal, Papanicolaou (smear), cervix / vagina / anus; Tabular R87.61- "... on cytologic smear of cervix"',
  ],
  // The Bethesda cytology results by their initials, as the Tabular brackets them: R87.610 "(ASC-US)", R87.611 "(ASC-H)",
  // R87.612 "Low grade squamous intraepithelial lesion ... (LGSIL)", R87.613 "High grade ... (HGSIL)".
  [
    /\b([LH])G?SIL\b/g,
    (m) => `${m[1] === 'L' ? 'low' : 'high'} grade squamous intraepithelial lesion`,
    'Tabular R85.612-R85.613, R87.612-R87.613, R87.622-R87.623 titles (LGSIL, HGSIL)',
  ],
  [
    /\bASC-?(US|H)\b/g,
    (m) =>
      m[1] === 'US'
        ? 'atypical squamous cells of undetermined significance'
        : 'atypical squamous cells cannot exclude high grade squamous intraepithelial lesion',
    'Tabular R85.610-R85.611, R87.610-R87.611, R87.620-R87.621 titles (ASC-US, ASC-H)',
  ],
  // Heart failure named by its ejection fraction spelled out, as HFrEF / HFpEF abbreviate it: reduced is systolic, preserved
  // diastolic (AHA Coding Clinic 1Q 2016: HFrEF / HFpEF may be coded as systolic / diastolic heart failure).
  [
    /\b(?:(CHF|congestive heart failure)|heart failure|HF),? with (reduced|preserved) (?:left ventricular )?(?:ejection fraction|EF)\b/gi,
    (m) => `${m[1] ? 'congestive ' : ''}${/reduced/i.test(m[2]!) ? 'systolic' : 'diastolic'} heart failure`,
    'AHA Coding Clinic 1Q 2016: heart failure with reduced / preserved ejection fraction (HFrEF / HFpEF) is systolic / diastolic',
  ],
  // Vulvovaginal is of the vulva and the vagina, as the Tabular names the site (B37.3- "Candidiasis of vulva and vagina",
  // N76 "Other inflammation of vagina and vulva"; Index: Vulvovaginitis - see also Vaginitis).
  [/\bvulvovaginal\b/gi, (m) => `${m[0]} vulva and vagina`, 'Tabular B37.3 "Candidiasis of vulva and vagina"; Index: Vulvovaginitis - see also Vaginitis'],
  // De Quervain's tenosynovitis is the radial styloid's (Tabular M65.4 "Radial styloid tenosynovitis [de Quervain]"; Index:
  // De Quervain's, disease (tendon sheath) M65.4); his thyroiditis (E06.1) and syndrome (E34.51) are other conditions.
  [
    /\bde ?Quervain'?s?(?: (?:tenosynovitis|tendinitis|tendonitis|tendinopathy|disease(?! of (?:the )?thyroid)))\b/gi,
    () => 'radial styloid tenosynovitis',
    'Tabular M65.4 "Radial styloid tenosynovitis [de Quervain]"; Index: De Quervain\'s, disease (tendon sheath) M65.4',
  ],
  // Chronic lymphocytic leukemia is a B-cell leukemia (WHO 2016: the T-cell form is prolymphocytic), the Tabular's C91.1-
  // "Chronic lymphocytic leukemia of B-cell type"; not C95.1- "Chronic leukemia of unspecified cell type".
  [
    /\b(?:chronic lymphocytic leukemia|CLL)\b(?!\s*,?\s*(?:of\s+)?[BT]-cell)/gi,
    (m) => `${m[0]} chronic lymphocytic leukemia of B-cell type`,
    'Tabular C91.1 "Chronic lymphocytic leukemia of B-cell type"; Index: Leukemia, chronic lymphocytic, of B-cell type C91.1-',
  ],
  // Acute myeloid leukemia (AML) is the Tabular's acute myeloblastic leukemia (C92.0-: "... (without a FAB classification)
  // NOS"; Index: Leukemia, AML C92.0-), not C92.9- "Myeloid leukemia, unspecified".
  [
    /\b(?:[Aa]cute [Mm]yeloid [Ll]eukemia|AML)\b/g,
    (m) => `${m[0]} acute myeloblastic leukemia`,
    'Tabular C92.0 "Acute myeloblastic leukemia" (without a FAB classification) NOS; Index: Leukemia, AML C92.0-',
  ],
  // Chronic myeloid (myelogenous) leukemia (CML) is BCR/ABL-positive unless the note says otherwise (Index: Leukemia, chronic
  // myelogenous (Philadelphia chromosome (Ph1) positive) C92.1-; atypical, BCR/ABL-negative C92.2-).
  [
    /\b(?:[Cc]hronic [Mm]yelo(?:id|genous) [Ll]eukemia|CML)\b(?![^.;\n]{0,20}\b(?:BCR\/ABL-negative|atypical|negative)\b)/g,
    (m) => `${m[0]} chronic myeloid leukemia BCR/ABL-positive`,
    'Index: Leukemia, chronic myelogenous (Philadelphia chromosome (Ph1) positive) C92.1-; Tabular C92.1 "Chronic myeloid leukemia, BCR/ABL-positive"',
  ],
  // A hip, knee or shoulder replacement (arthroplasty) is joint replacement surgery (Tabular Z47.1 "Aftercare following joint
  // replacement surgery", use additional code to identify the joint Z96.6-; Index: Aftercare, following surgery, joint replacement).
  [
    /\b(?:(?:total|partial|reverse|revision)\s+)?(?:hip|knee|shoulder|elbow|ankle)\s+(?:replacement|arthroplasty)\b/gi,
    (m) => `${m[0]} joint replacement surgery`,
    'Tabular Z47.1 "Aftercare following joint replacement surgery"; Index: Aftercare, following surgery, joint replacement Z47.1',
  ],
  // A hip, knee or shoulder prosthesis is a joint prosthesis (Tabular T84 "Complications of internal orthopedic prosthetic
  // devices, implants and grafts", T84.5 "Infection and inflammatory reaction due to internal joint prosthesis"; Index:
  // Infection, knee (joint), due to internal joint prosthesis T84.53-54).
  [
    /\b(hip|knee|shoulder|elbow|ankle)\s+(prosthes[ie]s|implants?)\b/gi,
    (m) => `${m[1]} joint ${m[2]}`,
    'Tabular T84.5 "Infection and inflammatory reaction due to internal joint prosthesis"; Index: Infection, knee (joint), due to internal joint prosthesis',
  ],
  // A toenail or fingernail is the nail of the toe or finger, as the Index writes it: "Ingrowing, nail (finger) (toe)" L60.0;
  // "Onychia, toe / finger"; "Injury, toe / finger, nail".
  [/\b(toe|finger)nails?\b/gi, (m) => `${m[0]} ${m[1]} nail`, 'Index: Ingrowing, nail (finger) (toe) L60.0; Onychia, finger / toe'],
  // Bones and joints keep their name and add the region the site codes use ("1st MTP" -> ankle and foot).
  [
    /\b(?:metatarsals?|MTP|toes?|hallux|calcane(?:us|al)|heel|tarsals?|midfoot|forefoot)\b/gi,
    (m) => `${m[0]} ankle and foot`,
    'Tabular chapter 13 site "ankle and foot" (metatarsus, tarsus, toes)',
  ],
  // The thumb's carpometacarpal joint is the first (Tabular M18 "Osteoarthritis of first carpometacarpal joint"); CMC is
  // carpometacarpal (Terminologia Anatomica), read with "thumb", "1st" or "basal joint" as the first; a joint of the hand
  // (M18.1- titles "..., right hand"). Before the thumb's own word is read as the hand.
  [
    /\b(?:(?:1st|first|thumb)\s+CMC(?:\s+joint)?|CMC(?:\s+joint)?\s+(?:of\s+(?:the\s+)?)?thumb|thumb\s+(?:basal|base)\s+joint|basal\s+joint\s+of\s+(?:the\s+)?thumb)\b/gi,
    () => 'first carpometacarpal joint of hand',
    'Tabular M18 "Osteoarthritis of first carpometacarpal joint" (thumb CMC)',
  ],
  [/\b(?:metacarpals?|MCP|fingers?|thumb|phalanx)\b/g, (m) => `${m[0]} hand`, 'Tabular chapter 13 site "hand" (metacarpus, phalanges of hand)'],
  [/\bradiocarpal\b/gi, (m) => `${m[0]} wrist`, 'Index: Sprain, radiocarpal - see Sprain, wrist (the radiocarpal joint is the wrist joint)'],
  // The Neoplasm table's columns: "metastatic to the liver" is a secondary site.
  [
    /\b(?:metastatic (?:\w+ )?(?:to|in)|metastas[ie]s (?:to|in)|mets to)(?: the)?\b/gi,
    () => 'secondary malignant neoplasm of',
    'Neoplasm Table column "Malignant Secondary"; I.C.2.d',
  ],
  // Metastases without "to" ("bone mets", "liver metastases", "metastatic disease"): the Index's
  // "Metastasis, metastatic, deposits / disease / spread - see Neoplasm, secondary, by site"; lowercase
  // "mets" only (METS is also an exercise-tolerance measure).
  [
    /\b(?:[Mm]ets|[Mm]etastas[ie]s|[Mm]etastatic (?:disease|deposits))\b/g,
    () => 'secondary malignant neoplasm',
    'Index: Metastasis, metastatic (deposits, disease, spread) - see Neoplasm, secondary, by site',
  ],
  // A condition after radiation treatment is "postirradiation" (Tabular E89.0 / E89.3 inclusion terms;
  // Index: Hypothyroidism, due to, irradiation therapy). RAI is radioactive iodine (American Thyroid
  // Association hyperthyroidism guideline's abbreviation); the treatment's word is kept, but for radioiodine, whose
  // words would read as the Index's iodine deficiency ("Hypothyroidism, due to, iodine-deficiency").
  [
    /\b(?:s\/p|status post|after|following|post-?)\s*(RAI|radioactive iodine|radioiodine|I-131|radiation|radiotherapy|XRT|irradiation)\b/gi,
    (m) => (/iod|RAI|131/i.test(m[1]!) ? 'postirradiation' : `postirradiation ${m[1]}`),
    'Tabular E89.0 / E89.3 "Postirradiation ..."; Index: Hypothyroidism, due to, irradiation therapy',
  ],
  // Depo-Provera is injectable medroxyprogesterone acetate (DMPA), an injectable contraceptive: a dose given is the
  // Index's maintenance (Contraception, maintenance, injectable Z30.42; Prescription of contraceptives, repeat), the
  // first one its initial prescription (Contraception, initial prescription, injectable Z30.013).
  [
    /\b(?:depo[- ]?provera|DMPA|depo(?= (?:shot|injection)))\b/gi,
    (m) =>
      /\b(?:initial|first|start\w*|begin\w*|new)\b/i.test(m.input ?? '')
        ? `${m[0]} contraception injectable initial prescription`
        : `${m[0]} contraception injectable maintenance`,
    'Index: Contraception, maintenance, injectable Z30.42; initial prescription, injectable Z30.013 (DMPA: Depo-Provera)',
  ],
  // A thyroid removed is surgery's doing: "Hypothyroidism s/p total thyroidectomy" is postsurgical, and surgery is a
  // procedure (Index: Hypothyroidism, postsurgical E89.0; Hypoparathyroidism, postprocedural E89.2). The operation's word is kept.
  [
    /\b(?:s\/p|status post|after|following|post-?)\s*(?:(?:total|near-total|partial|subtotal|completion)\s+)?(?:thyroidectomy|thyroid (?:surgery|resection))\b/gi,
    (m) => `postsurgical postprocedural ${m[0]}`,
    'Index: Hypothyroidism, postsurgical E89.0; Hypoparathyroidism, postprocedural E89.2',
  ],
  // Ablation is a procedure: "post-ablative" is the titles' "postprocedural" (E89.0 "Postprocedural hypothyroidism").
  [/\bpost-?ablat(?:ive|ion)\b/gi, () => 'postprocedural', 'Tabular E89 "Postprocedural endocrine and metabolic complications"'],
  // One lung nodule is the Index's solitary one (Nodule, lung, solitary R91.1; multiple R91.8): the number
  // is the noun's ("pulmonary nodule 9 mm"), "nodules" stay as written.
  [/\b(pulmonary|lung) nodule\b(?!s)/gi, (m) => `solitary ${m[1]} nodule`, 'Index: Nodule, lung, solitary R91.1 (Tabular R91.1 "Solitary pulmonary nodule")'],
  // Long-bone ends as the fracture titles name them ("distal radius" = "lower end of radius").
  [
    /\b(distal|proximal) (radius|ulna|femur|tibia|fibula|humerus)\b/gi,
    (m) => `${m[1]!.toLowerCase() === 'distal' ? 'lower' : 'upper'} end ${m[2]}`,
    'Tabular S42/S52/S72/S82 titles "upper end" / "lower end"',
  ],
  [
    /\b(alcohol|opioid|cannabis|cocaine|stimulant|sedative|hallucinogen|inhalant)\s+use disorder,?\s*(mild|moderate|severe)?(?:,?\s*(?:in\s+)?(?:early|sustained)\s+remission)?/gi,
    (m) => `${m[1]} ${m[2]?.toLowerCase() === 'mild' ? 'abuse' : 'dependence'}${/remission/i.test(m[0]) ? ' in remission' : ''}`,
    'ICD-10-CM I.C.5.b.1: mild use disorder = abuse, moderate or severe = dependence',
  ],
  // Said of diabetes only (the Index entry sits under Diabetes): "T2DM, poorly controlled" is E11.65;
  // said of anything else the words stay as written.
  [
    /\b(?:(?:poorly|inadequately|sub-?optimally|not well) controlled|uncontrolled|out of control)\b/gi,
    (m) => (diabetesBefore.test((m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 48), m.index)) ? 'with hyperglycemia' : m[0]),
    'Index: Diabetes, poorly controlled / inadequately controlled / out of control - code to Diabetes, by type, with hyperglycemia',
  ],
  // Tobacco: "Tobacco, dependence - see Dependence, drug, nicotine"; mild use disorder is abuse, and
  // "Tobacco, abuse - see Tobacco, use" (Z72.0).
  [
    /\b(?:tobacco|nicotine) use disorder,?\s*(mild|moderate|severe)?\b|\btobacco dependence\b/gi,
    (m) => (m[1]?.toLowerCase() === 'mild' ? 'tobacco use' : 'nicotine dependence'),
    'ICD-10-CM I.C.5.b.1 (mild = abuse, moderate or severe = dependence); Index: Tobacco, dependence - see Dependence, drug, nicotine; Tobacco, abuse - see Tobacco, use',
  ],
  // Influenza A (non-novel), B and C are "other identified influenza virus" (J10), not unidentified (J11).
  [
    /\b(?:influenza|flu) (?:type )?[ABC]\b(?![/(]?H\d)/gi,
    () => 'influenza due to identified influenza virus',
    'Tabular J10 includes: influenza A (non-novel), influenza B, influenza C; Index: Influenza, due to, identified influenza virus NEC',
  ],
  // I.C.6.a: a side named without its dominance takes the default, right dominant and left non-dominant;
  // a dominance said beside it ("R hemiparesis (dominant side)") is kept. G81, G83.1-G83.3 and the
  // I69 sequelae title the side "affecting right dominant side".
  [
    /\b(right|left|R|L)\s+(hemipar\w*|hemipleg\w*|monopar\w*|monopleg\w*)\b(?:,?\s*\(?\s*(non-?dominant|dominant)(?:\s+side)?\s*\)?)?(?![^.;\n]{0,40}\bdominan)/gi,
    (m) => {
      const side = /^r/i.test(m[1]!) ? 'right' : 'left';
      const dominance = m[3] ? m[3].toLowerCase().replace('-', '') : side === 'right' ? 'dominant' : 'nondominant';
      return `${m[2]} affecting ${side} ${dominance} side`;
    },
    'ICD-10-CM I.C.6.a: side documented, dominance not: right side dominant, left side non-dominant',
  ],
  // The same with the side after the word ("Hemiparesis, R dominant side", "hemiplegia of the left side").
  [
    /\b(hemipar\w*|hemipleg\w*|monopar\w*|monopleg\w*),?\s+(?:(?:of|affecting|on)\s+(?:the\s+)?)?\(?(right|left|R|L)\b\)?(?:\s*,?\s*\(?\s*(non-?dominant|dominant))?(?:\s+side)?\)?(?![^.;\n]{0,40}\bdominan)/gi,
    (m) => {
      const side = /^r/i.test(m[2]!) ? 'right' : 'left';
      const dominance = m[3] ? m[3].toLowerCase().replace('-', '') : side === 'right' ? 'dominant' : 'nondominant';
      return `${m[1]} affecting ${side} ${dominance} side`;
    },
    'ICD-10-CM I.C.6.a: side documented, dominance not: right side dominant, left side non-dominant',
  ],
  // A loss of consciousness timed below a bound ("LOC < 30 min", "less than 30 minutes") is the Tabular's
  // "of 30 minutes or less" (S06 titles: "with loss of consciousness of 30 minutes or less").
  [
    /(?:<|≤|<=|less than|under)\s*(\d{1,2})\s*min(?:utes?|s)?\b/gi,
    (m) => `${m[1]} minutes or less`,
    'Tabular S06 titles "with loss of consciousness of 30 minutes or less"',
  ],
  // A fragility fracture is osteoporosis's pathological fracture (Tabular M80 Includes: osteoporosis with current fragility fracture).
  [/\bfragility (fractures?|fx)\b/gi, () => 'pathological fracture', 'Tabular M80 Includes: osteoporosis with current fragility fracture'],
  [/\bin (?:early|sustained) remission\b/gi, () => 'in remission', 'ICD-10-CM I.C.5.b.1: early or sustained remission = in remission'],
  // A stroke is a cerebral infarction (Index: "Stroke (apoplectic) (brain) (embolic) (ischemic) (paralytic)
  // (thrombotic) I63.9", I63 "Cerebral infarction"); its kind is I63's cause axis (I63.3- thrombosis,
  // I63.4- embolism). Not a hemorrhagic, heat or sun stroke, nor a stroke unit, scale or risk.
  [
    /(?<!\b(?:hemorrhagic|heat|sun)\s)\b(?:(ischemic|embolic|cardioembolic|thrombotic|thromboembolic|lacunar)\s+)?stroke\b(?!\s*(?:scale|volume|unit|clinic|team|alert|center|service|risk|prevention|prophylaxis))/gi,
    (m) => {
      // Its kind said before it, or later in its sentence ("stroke, L MCA territory, likely cardioembolic").
      const later = /^[^.;\n]{0,60}?\b(embolic|cardioembolic|thrombotic|thromboembolic|lacunar)\b/i.exec((m.input ?? '').slice((m.index ?? 0) + m[0].length));
      const cause = strokeCause[m[1]?.toLowerCase() ?? ''] ?? strokeCause[later?.[1]?.toLowerCase() ?? ''] ?? arteryNamed(m);
      return `cerebral infarction${cause}`;
    },
    'Index: Stroke (embolic) (ischemic) (thrombotic) I63.9; Tabular I63.3- (thrombosis), I63.4- (embolism), I63.5- (unspecified occlusion or stenosis)',
  ],
  // An ischemic infarct in a brain artery's territory is a cerebral infarction (Index: Infarct, infarction, cerebral
  // I63.9, by vessel and cause, I63.3-I63.5), with its kind as for a stroke ("Acute ischemic infarct, L MCA territory,
  // likely cardioembolic": I63.412).
  [
    /\b(?:(ischemic|embolic|cardioembolic|thrombotic|thromboembolic|lacunar)\s+)infarct(?:ion)?\b(?=[^.;\n]{0,30}\b(?:[MAP]CA|cerebral|cerebellar|basilar|vertebral|pontine|thalamic|brain)\b)/gi,
    (m) => {
      const later = /^[^.;\n]{0,80}?\b(embolic|cardioembolic|thrombotic|thromboembolic)\b/i.exec((m.input ?? '').slice((m.index ?? 0) + m[0].length));
      const cause = strokeCause[later?.[1]?.toLowerCase() ?? ''] ?? strokeCause[m[1]!.toLowerCase()] ?? arteryNamed(m);
      return `cerebral infarction${cause}`;
    },
    'Index: Infarct, infarction, cerebral I63.9; Tabular I63.3- (thrombosis), I63.4- (embolism)',
  ],
  // A device that fails or malfunctions has the Index's mechanical complication "breakdown" (Complication(s),
  // insulin pump, mechanical, breakdown T85.614; Tabular T82-T85 "Breakdown (mechanical) of ...").
  [
    /\b(pump|pacemaker|defibrillator|ICD|shunt|catheter|lead|stimulator|prosthesis|implant)\s+(?:failure|malfunction(?:ing)?|failed|malfunctioned)\b/gi,
    (m) => `${m[1]} complication mechanical breakdown`,
    'Index: Complication(s), <device>, mechanical, breakdown (T82-T85 "Breakdown (mechanical) of ...")',
  ],
  // A dialysis session missed or skipped is the patient's noncompliance with dialysis (Index: Noncompliance, with,
  // dialysis Z91.15; Tabular Z91.15 "Patient's noncompliance with renal dialysis"), HD and PD being its two kinds.
  [
    /\b(?:missed|skipped)\s+(?:(?:his|her|their|the|last|one|two|three|several|multiple|\d+|x\s?\d+)\s+)*(?:(?:sessions?|runs?|treatments?) of\s+)?(?:HD|hemodialysis|dialysis|PD|peritoneal dialysis)\b/gi,
    () => 'noncompliance with renal dialysis',
    'Index: Noncompliance, with, dialysis Z91.15 (a missed session is noncompliance with renal dialysis)',
  ],
  // A hemorrhage in the deep gray nuclei is the Tabular's "Deep intracerebral hemorrhage" (I61.0 inclusion term): the
  // basal ganglia, thalamus and internal capsule are the deep locations (AHA/ASA 2022 ICH guideline: deep vs lobar),
  // and a bleed there is intracerebral whatever "ICH" stands for; a lobar one is I61.1's "Cerebral lobe hemorrhage".
  [
    /(?<=\b(?:hemorrhage|ICH|IPH|bleed)\b[^.;\n]{0,60}?)\b(?:basal ganglia|thalam(?:us|ic)|putam(?:en|inal)|internal capsule)\b|\b(?:basal ganglia|thalamic|putaminal|capsular)(?=\s+(?:hemorrhage|ICH|IPH|bleed)\b)/gi,
    (m) => (traumaticNear(m) ? m[0] : `${m[0]} deep intracerebral hemorrhage`),
    'Tabular I61.0 inclusion "Deep intracerebral hemorrhage" (AHA/ASA 2022 ICH guideline: basal ganglia, thalamus, internal capsule are deep)',
  ],
  [
    /\blobar(?=\s+(?:hemorrhage|ICH|IPH|bleed)\b)/gi,
    (m) => (traumaticNear(m) ? m[0] : `${m[0]} cerebral lobe intracerebral hemorrhage`),
    'Tabular I61.1 inclusion "Cerebral lobe hemorrhage"',
  ],
  // A diverticular bleed is bleeding diverticulosis (Tabular K57 "Diverticular disease of intestine": K57.31 "Diverticulosis
  // of large intestine ... with bleeding"; Index: Diverticulosis, large intestine, with bleeding).
  [
    /\bdiverticular\s+(?:bleed|bleeding|hemorrhage)\b/gi,
    () => 'diverticulosis with bleeding',
    'Tabular K57 (diverticular disease): K57.31, K57.11 "diverticulosis ... with bleeding"',
  ],
  // The bowel's parts by their region beside Crohn's or diverticular disease, as those categories' inclusion terms
  // equate them (K50.0 "Crohn's disease of duodenum / ileum / jejunum" under "small intestine"; K50.1 "Crohn's disease
  // of colon", K57.3 "diverticular disease of colon" under "large intestine"): the Index's subterms name the region.
  [
    /\b(?:colon|colonic)\b(?=[^.;\n]{0,40}\b(?:crohn|diverticul))|(?<=\b(?:crohn|diverticul)\w*\b[^.;\n]{0,40})\b(?:colon|colonic)\b/gi,
    (m) => `${m[0]} large intestine`,
    'Tabular K50.1, K57.3 inclusion terms (colon: large intestine)',
  ],
  [
    /\b(?:ileum|ileal|jejunum|jejunal|duodenum|duodenal)\b(?=[^.;\n]{0,40}\b(?:crohn|diverticul))|(?<=\b(?:crohn|diverticul)\w*\b[^.;\n]{0,40})\b(?:ileum|ileal|jejunum|jejunal|duodenum|duodenal)\b/gi,
    (m) => `${m[0]} small intestine`,
    'Tabular K50.0 inclusion terms (duodenum, ileum, jejunum: small intestine)',
  ],
  // A surgical site infection is a postprocedural one (Index: Infection, postprocedural, superficial incisional /
  // deep incisional / organ and space surgical site T81.41-T81.43; CDC NHSN SSI criteria).
  [/\bsurgical site infections?\b/gi, (m) => `postprocedural ${m[0]}`, 'Index: Infection, postprocedural, ... surgical site (T81.4-)'],
  // An insect's bite is a superficial injury: the Index lists it only there ("Bite, arm, superficial NEC, insect"
  // S40.86-; Tabular S00-S90 ".x6 Insect bite (nonvenomous)"); a tick, mosquito, flea or chigger is such an insect.
  [
    /\b(?:insect|tick|mosquito|flea|chigger|bug)[- ]bites?\b/gi,
    (m) => `${m[0]} (superficial insect)`,
    'Index: Bite, <site>, superficial NEC, insect (Tabular S00-S90 "Insect bite (nonvenomous)")',
  ],
  // A melanoma (not in situ: "Melanoma, in situ" D03.-, history Z86.006) is the skin's unless the note says so itself:
  // the Index's own code is C43.9 "Malignant melanoma of skin, unspecified" and its types "see Melanoma, skin, by site";
  // the aside lets "Melanoma of left forearm" walk that subterm ("Melanoma, skin, forearm" C43.6-).
  [
    /\bmelanomas?\b(?! in situ\b)(?![^.;\n]{0,30}\bskin\b)/gi,
    (m) => `${m[0]} (skin)`,
    'Index: Melanoma (malignant) C43.9 (Tabular: Malignant melanoma of skin); Melanoma, acral lentiginous - see Melanoma, skin, by site',
  ],
  // An eponym names its disease: the Index files eponymous conditions under "Disease, <name>'s"
  // ("Disease, Hashimoto's" E06.3); the aside lets that path read a note that says only the name.
  [
    /\b([A-Z][a-z]{3,})'s\b(?!\s+(?:disease|syndrome|disorder)\b)/g,
    (m) => `${m[0]} (disease)`,
    "Index: Disease, diseased - <eponym>'s (Hashimoto's, Graves', Paget's ...)",
  ],
  // Preeclampsia "without / with severe features" (ACOG's terms) is Tabular O14.0 "Mild to moderate
  // pre-eclampsia" / O14.1 "Severe pre-eclampsia".
  [
    /\b(pre-?eclampsia),? (with|without) severe features\b/gi,
    (m) => (m[2]!.toLowerCase() === 'with' ? `severe ${m[1]}` : `mild to moderate ${m[1]}`),
    'Tabular O14.0 "Mild to moderate pre-eclampsia", O14.1 "Severe pre-eclampsia" (ACOG: with / without severe features)',
  ],
  // Addiction medicine is a specialty a patient is referred to ("addiction med consult"), not the patient's
  // dependence (Index: Addiction - see Dependence): the specialty names no condition.
  [
    /\baddiction (?:med(?:icine)?|psychiatry|services?|consult(?:ation)?|team|clinic|specialist)\b/gi,
    () => 'specialty consult',
    'Index: Addiction - see Dependence (a condition); the specialty names none',
  ],
  // A stress test is a heart test, not the stress of Index "Stress NEC" Z73.3 (a life-management difficulty).
  [
    /\bstress (?:test(?:ing)?|echo(?:cardiogram)?|ECG|EKG|imaging|MPI|study)\b/gi,
    () => 'cardiac exercise test',
    'Index: Stress Z73.3 is psychological; a stress test is a cardiac test',
  ],
  // A number after CKD is its stage: the KDIGO GFR categories G1-G5 (G3a, G3b) are the N18.1-N18.5 stages.
  [
    /\bCKD,?\s*(?:stage\s*|stg\.?\s*|G)?(3a|3b|[1-5]|IIIa|IIIb|IV|V|I{1,3})\b(?!\s*(?:years?|yrs?|months?|mos?|days?|wks?|weeks?)\b)/gi,
    (m) => `chronic kidney disease stage ${romanStage(m[1]!)}`,
    'Tabular N18.1-N18.5 "Chronic kidney disease, stage 1 ... 5"; KDIGO CKD GFR categories G1-G5',
  ],
  [
    /\bobesity,? class (1|2|3|I{1,3})\b/gi,
    (m) => `obesity class ${({ I: '1', II: '2', III: '3' } as Record<string, string>)[m[1]!.toUpperCase()] ?? m[1]}`,
    'ICD-10-CM I.C.4 obesity class (E66.81-, "Obesity class"): class 1-3',
  ],
];
