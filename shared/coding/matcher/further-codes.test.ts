import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { codeStatement } from './statement.ts';

// Against the code sets compiled from the official files: a statement naming several conditions
// gets a code for each, and a further code never rests on words another code took.
let cs: CodeSets;
const codes = (statement: string) =>
  codeStatement(cs, '2026-06-01', statement, 0, statement.length, 'M').map((h) => `${h.code.slice(0, 3)}.${h.code.slice(3)}`.replace(/\.$/, ''));

describe.skipIf(!codeSetsBuilt)('codeStatement: further codes of one statement (real code sets)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each([
    // A word said right beside a further condition is that condition's ("portal hypertension"),
    // even when an Index path of the first code could read it too ("Cirrhosis, portal").
    ['Alcoholic cirrhosis complicated by ascites and portal hypertension', ['K70.31', 'K76.6']],
    // A main term alone is a condition's whole name ("Angioedema"), a further code of its own.
    ['Angioedema due to lisinopril', ['T78.3XXA']],
    // "cancer" said between "lung" and "screening" stays with the screening: no lung cancer.
    ['Annual LDCT lung cancer screening', ['Z12.2']],
    // One word that qualifies the noun after it is no condition's name ("metabolic" of "metabolic
    // dysfunction-associated ..."); a word named alone beside another condition is ("Cough and fever").
    ['Metabolic dysfunction-associated steatotic liver disease (MASLD) with F2 fibrosis', ['K76.0']],
    ['Cough and fever', ['R05.9', 'R50.9']],
    // A word an earlier code's compound ends in is that compound's: "colitis" beside "pancolitis" is no K52.9.
    ['Ulcerative colitis, pancolitis', ['K51.00']],
    // A main term named alone before "with" is a condition of its own, its Index code unspecified as it is
    // ("Gastroenteritis" K52.9, "Pneumonia" J18.9): no description of the other.
    ['Gastroenteritis with dehydration', ['E86.0', 'K52.9']],
    ['Pneumonia with dehydration', ['E86.0', 'J18.9']],
    // An Excludes1 target the statement names as the cause in a clause of its own is coded from its own
    // words, not put in place of the symptom (R55 Excludes1 "orthostatic hypotension (I95.1)").
    ['Syncope due to orthostatic hypotension', ['I95.1', 'R55']],
    // Low back pain is the Index's Lumbago, with sciatica M54.4- by side ("R-sided": right); no further code from its words.
    ['acute low back pain w/ R-sided sciatica', ['M54.41']],
    ['Chronic low back pain', ['M54.50']],
    // A part of a limb is that limb where the Index header is split by limb, though one title under it names the
    // other limb; and a limb part one code took is the further condition's site too.
    ['Cellulitis of left thigh', ['L03.116']],
    ['Cellulitis with abscess of left thigh', ['L03.116', 'L02.416']],
    // "Of" a disease names its source (Index: Coagulopathy, due to, liver disease D68.4); "of" a site does not.
    ['Coagulopathy of liver disease (INR 2.3)', ['D68.4']],
    // "Emboli" is the plural of embolus (Index: Embolus - see Embolism); "embolic" its adjective.
    ['Septic pulmonary emboli', ['I26.90']],
    ['Embolic stroke, L MCA', ['I63.412']],
    // A side closing the statement after a "without" detail is the statement's side (I.B.13), not denied.
    ['Mild NPDR w/o macular edema OU, T2DM', ['E11.3293']],
    // A food named below the Index's "due to food" says the class (Anaphylactic shock, due to food, peanuts).
    ['Anaphylaxis due to peanut ingestion (accidental)', ['T78.01XA']],
    // An adverse effect named alone is its code, cause unspecified; an injury word alone is no injury of unspecified site.
    ['Anaphylaxis', ['T78.2XXA']],
    ['Abrasion cleaned with saline', []],
    // I.A.12.a: E16.0's Excludes1 points to E09.649, which E11 (type 2, said) excludes: E11.649 classifies it.
    ['Hypoglycemia in type 2 diabetes due to insulin', ['E11.649']],
    // Packs a day count cigarettes (F17.21-); a PPD skin test does not.
    ['Smoker, 1 ppd', ['F17.210']],
    // "Illness" and "sick" name no condition alone (Index: Illness - see also Disease; R69 "Illness, unspecified"), as
    // "symptom" and "syndrome" do not; with their own nouns they do ("Critical illness myopathy", "Motion sickness").
    ['Acute illness', []],
    ['Sick contacts at home', []],
    ['Critical illness myopathy', ['G72.81']],
    ['Motion sickness', ['T75.3XXA']],
    // Index: Elevated, blood pressure, reading, no diagnosis of hypertension R03.0: "reading" need not be said, and a
    // denied history of hypertension is no diagnosis of it.
    ['elevated BP, no hx HTN', ['R03.0']],
    ['Elevated blood pressure, no prior dx of HTN', ['R03.0']],
    ['Elevated BP reading without dx of HTN', ['R03.0']],
    // Radioiodine is the Index's irradiation therapy, not its iodine deficiency; a thyroid removed makes a postsurgical,
    // postprocedural condition (Index: Hypothyroidism, due to irradiation therapy / postsurgical E89.0; Hypoparathyroidism,
    // postprocedural E89.2); the Graves' disease the ablation treated is no current code.
    ['Hypothyroidism following radioactive iodine ablation for Graves disease', ['E89.0']],
    ['Hypothyroidism after thyroidectomy', ['E89.0']],
    ['Hypoparathyroidism after thyroidectomy', ['E89.2']],
    // Every Index path of an atrophic vaginitis is the postmenopausal one (Vaginitis, atrophic, postmenopausal N95.2),
    // by its current name too (NAMS 2014: genitourinary syndrome of menopause); menopause's symptoms are no asymptomatic state.
    ['Atrophic vaginitis', ['N95.2']],
    ['Genitourinary syndrome of menopause', ['N95.2']],
    ['Vasomotor symptoms of menopause', ['N95.1']],
    // The thumb's CMC joint is the first carpometacarpal joint, of the hand (Tabular M18.1- "..., right hand").
    ['OA R 1st CMC', ['M18.11']],
    // Heart failure named by its ejection fraction is systolic or diastolic (AHA Coding Clinic 1Q 2016, as HFrEF / HFpEF).
    ['CHF with reduced EF, chronic', ['I50.22']],
    ['Heart failure with preserved ejection fraction', ['I50.30']],
    // Vulvovaginal is of the vulva and the vagina (Tabular B37.3 "Candidiasis of vulva and vagina").
    ['Vulvovaginal candidiasis', ['B37.31']],
    // Aminotransferase and transaminase are one enzyme's two names (Index: Elevated, transaminase level R74.0).
    ['Elevated aminotransferases', ['R74.01']],
    // De Quervain's tenosynovitis is the radial styloid's (Tabular M65.4 "Radial styloid tenosynovitis [de Quervain]");
    // his thyroiditis is another condition (Index: De Quervain's, thyroiditis E06.1).
    ['De Quervain tenosynovitis, left', ['M65.4']],
    ["De Quervain's thyroiditis", ['E06.1']],
    // A bilateral code naming its site in the plural is the bilateral code (I.B.13; Tabular I83.93 "... of bilateral lower extremities").
    ['Varicose veins of bilateral lower extremities', ['I83.93']],
    // Chronic lymphocytic leukemia is a B-cell leukemia (Tabular C91.1), not a chronic leukemia of unspecified cell type (C95.1-).
    ['Chronic lymphocytic leukemia', ['C91.10']],
    ['CLL in remission', ['C91.11']],
    // AML is acute myeloblastic leukemia (Tabular C92.0, Index: Leukemia, AML); CML is BCR/ABL-positive unless said otherwise
    // (Index: Leukemia, chronic myelogenous (Ph1 positive) C92.1-).
    ['Acute myeloid leukemia, in remission', ['C92.01']],
    ['CML on imatinib', ['C92.10']],
    // A hip replacement is joint replacement surgery (Tabular Z47.1; the joint's Z96.6- status is a guideline's to add).
    ['Aftercare following right hip replacement', ['Z47.1']],
    // I.A.9.a: "Other specified rheumatoid arthritis, right hand" (M06.84-) and "Other specified arthritis" (M13.84-) are
    // for other kinds; a site said names none, and "without rheumatoid factor" (M06.04-) is seronegative, another kind.
    // The Index's RA (M06.9) stands; seropositive RA is M05.- by site.
    ['Rheumatoid arthritis of both hands', ['M06.9']],
    ['Rheumatoid arthritis of right hand', ['M06.9']],
    ['Seropositive RA of right hand', ['M05.741']],
    // An organ's adjective is the organ the Index names ("Stenosis, trachea" J39.8; "Hyperplasia, gingiva" K06.1).
    ['Tracheal stenosis', ['J39.8']],
    ['Gingival hyperplasia', ['K06.1']],
    // The organism's adjective and the skin's (Index: Candidiasis, candidal, esophagus B37.81; skin B37.2).
    ['Candida esophagitis', ['B37.81']],
    ['Cutaneous candidiasis', ['B37.2']],
    // Noncompliance with medications or diet is with that regimen (Index: Noncompliance, with, medication regimen NEC Z91.14,
    // dietary regimen Z91.11); a note leaves "regimen" unsaid and says "noncompliant" as often as "noncompliance".
    ['Medication noncompliance', ['Z91.148']],
    ['Noncompliant with medications', ['Z91.148']],
    ['Noncompliance with diet', ['Z91.119']],
    // An ingrown toenail is the Index's ingrowing nail (Ingrowing, nail (finger) (toe) L60.0).
    ['Ingrown toenail, left great toe', ['L60.0']],
    // Depo-Provera is an injectable contraceptive: a dose given is its maintenance (Index: Contraception, maintenance, injectable Z30.42).
    ['Depo-Provera injection given, next due in 12 weeks', ['Z30.42']],
    ['DMPA #3 today', ['Z30.42']],
    // A calculous cholecystitis is calculus of the gallbladder with cholecystitis (Index: Cholecystitis, with calculus -
    // see Calculus, gallbladder, with cholecystitis); an acalculous one is not.
    ['Acute calculous cholecystitis', ['K80.00']],
    ['Acalculous cholecystitis', ['K81.9']],
    // Submassive and massive are acute PE's severity classes (AHA 2011): the shorthand is the embolism.
    ['Submassive PE', ['I26.99']],
    // A non-alcoholic condition is no alcoholic one, however hyphenated ("non-alcoholic", the shared list's "non‐alcoholic").
    ['Non-alcoholic fatty liver', ['K76.0']],
    ['NAFLD', ['K76.0']],
    // Tobacco named alone as a problem is its use (Index: Tobacco, use Z72.0).
    ['Tobacco - counseled on cessation', ['Z72.0']],
    ['PPD placed, 0 mm', []],
    // "Old" names I25.2; an age's "old" may go unsaid ("newborn 8-28 days").
    ['Myocardial infarction', ['I21.9']],
    ['Health exam for newborn 8-28 days', ['Z00.111']],
    // "Drug" and "medication" are the Index's "medicament" ("Hypothyroidism, due to, medicament NEC").
    ['Drug-induced hypothyroidism', ['E03.2']],
    // An intraepithelial neoplasia's grade by its figure (Index: CIN, grade II N87.1; Neoplasia, intraepithelial,
    // vulva, grade III D07.1), and its organ by the Tabular's adjective ("Cervical intraepithelial neoplasia II [CIN II]").
    ['CIN 2', ['N87.1']],
    ['CIN3', ['D06.9']],
    ['VIN-3', ['D07.1']],
    ['Cervical intraepithelial neoplasia grade 2', ['N87.1']],
    // A Pap smear is the cervix's unless another site is named; its Bethesda result by initials (R87.610-R87.613).
    ['Abnormal Pap smear', ['R87.619']],
    ['ASCUS on Pap', ['R87.610']],
    ['Pap smear showing HSIL', ['R87.613']],
    ['Vaginal Pap smear abnormal', ['R87.629']],
    ['OSA on PAP', ['G47.33']],
    // Names joined by hyphens name their condition without its noun, and their parts are no words of their own
    // (Index: Guillain-Barré disease or syndrome G61.0, Budd-Chiari syndrome I82.0, Wolff-Parkinson-White syndrome I45.6).
    ['Guillain-Barre', ['G61.0']],
    ['Budd-Chiari', ['I82.0']],
    ['Wolff-Parkinson-White pattern', ['I45.6']],
    // A named condition listed with the nouns it goes by (Index: Ménière's disease, syndrome or vertigo H81.0-).
    ["Meniere's disease", ['H81.09']],
    // A grade in either figures (Tabular K64.2 "Grade/stage III hemorrhoids"; D89.832 "Cytokine release syndrome, grade 2").
    ['Grade 3 internal hemorrhoids', ['K64.2']],
    ['Cytokine release syndrome grade II', ['D89.832']],
    // Forms of one word differ in a suffix only: "hypogonadotropic" is a kind of hypogonadism, not its form.
    ['Hypogonadotropic hypogonadism', ['E23.0']],
    // An Index subterm naming a sex is met by the record's ("Hypogonadism, male" E29.1 for this male patient).
    ['Hypogonadism', ['E29.1']],
    // I.C.13.a: sites of more than one subdivision are multiple sites ("feet" is the plural of foot); one site stays its own.
    ['Seropositive rheumatoid arthritis involving hands and feet', ['M05.79']],
    ['Rheumatoid arthritis with rheumatoid factor of right hand', ['M05.741']],
    // A complication denied names no other form: unspecified acute appendicitis, not "Other acute appendicitis
    // without perforation or gangrene" (I.A.9.a); one said is its code.
    ['Acute appendicitis, uncomplicated - no perforation, gangrene or abscess on CT', ['K35.80']],
    ['Acute appendicitis with gangrene', ['K35.891']],
    // A C. difficile infection is the intestinal one (Tabular A04.7), recurrent when said.
    ['C. diff infection', ['A04.72']],
    ['Clostridioides difficile infection, recurrent', ['A04.71']],
    // CVA is the Index's cerebrovascular accident, a cerebral infarction, unless it is the costovertebral angle's tenderness.
    ['CVA', ['I63.9']],
    ['No CVA tenderness', []],
    // A stroke of no kind said in a named artery's territory: I63.5- "due to unspecified occlusion or stenosis".
    ['Acute ischemic stroke, left MCA', ['I63.512']],
    // A GDM's class says its control (ACOG PB 190): A1 is diet-controlled.
    ['Gestational diabetes, A1', ['O24.410']],
    // I.A.13: I85.1- says "Code first underlying disease"; the cause its Index path names
    // ("Varix, esophagus, in (due to), portal hypertension") is coded too, and first.
    ['Portal hypertension w/ small esophageal varices', ['K76.6', 'I85.10']],
    ['esophageal varices due to alcoholic cirrhosis of liver', ['K70.30', 'I85.10']],
    // "d/t" meets the Index's "secondary to", and the title's own "(chronic)" is its word: no D63.8.
    ['Iron deficiency anemia d/t chronic GI blood loss', ['D50.0']],
    // A category's own unspecified code (M05.9) gives way to the code naming what the statement
    // documents and the default its "without" clause states (I.B.18); with nothing more, it stays.
    ['Rheumatoid arthritis, seropositive, multiple sites', ['M05.79']],
    ['Rheumatoid arthritis, seropositive', ['M05.9']],
    // The Index's "Osteoarthritis, primary" is M19.91 "..., unspecified site": the site said (hands)
    // takes its own code, completed by the side (both: right and left, I.B.13); unsaid, it stays.
    ['Primary osteoarthritis, both hands', ['M19.041', 'M19.042']],
    ['Primary osteoarthritis', ['M19.91']],
    // A lone L set off after its condition is the side (I.B.13); with no side, the unspecified ear and
    // not "recurrent, unspecified ear" (no axis from silence, I.A.9).
    ['Acute suppurative otitis media, L, w/o rupture', ['H66.002']],
    ['Acute suppurative otitis media', ['H66.009']],
    // A word denied in one place (the "diabetic" of "without DME") and said in another (T2DM, NPDR) still counts.
    ['Mild NPDR OU without DME (T2DM)', ['E11.3293']],
    // "Unspecified as acute or chronic" (K25.9) is for a note that says neither.
    ['Acute gastric ulcer without hemorrhage or perforation', ['K25.3']],
    ['Gastric ulcer', ['K25.9']],
    // The DSM type without its noun is the F31 Includes' "bipolar I disorder" / F31.81 "Bipolar II disorder".
    ['Bipolar I, current episode depressed, moderate', ['F31.32']],
    ['Bipolar II, currently hypomanic', ['F31.81']],
    // A residual "Other seasonal allergic rhinitis" gives way to the sibling naming the detail said (I.A.9.a).
    ['Seasonal allergic rhinitis due to pollen', ['J30.1']],
    ['Seasonal allergic rhinitis', ['J30.2']],
    // Matched by no word its unspecified sibling lacks, a residual title names no other form (I.A.9.a-b).
    ['Hodgkin lymphoma', ['C81.90']],
    // An insect bite is found under the site's superficial injuries (Index: Bite, arm, superficial NEC, insect).
    ['Insect bite of left arm', ['S40.862A']],
    ['Tick bite, right thigh', ['S70.361A']],
    // A vertebral level beside a word of the spine names its region (M40-M54 subdivisions).
    ['Spondylolisthesis L5-S1', ['M43.17']],
    ['Spinal stenosis C5-C6', ['M48.02']],
    // Wet is said only of the age-related form (Tabular H35.32 inclusion "Wet age-related macular degeneration").
    ['Wet macular degeneration, right eye', ['H35.3210']],
    // An exposure is the Z20 contact, not the disease (I.C.21.c.1).
    ['Exposure to COVID-19', ['Z20.822']],
    ['Exposed to COVID at work', ['Z20.822']],
    ['Nodular sclerosis Hodgkin lymphoma', ['C81.10']],
    // The residual title matches more words, but the sibling's Index path (Osteoporosis, postmenopausal M81.0) names the
    // detail said and its title says the rest.
    ['Postmenopausal osteoporosis without current fracture', ['M81.0']],
    ['Drug-induced osteoporosis without current fracture', ['M81.8']],
    // Or whose title names it: K80.20 "Calculus of gallbladder without cholecystitis without obstruction" (Index: Cholelithiasis).
    ['Symptomatic cholelithiasis without cholecystitis or biliary obstruction', ['K80.20']],
    // K21.0 is subdivided "without bleeding" / "with bleeding": silence is "without" (I.A.15).
    ['GERD with esophagitis', ['K21.00']],
    ['GERD with esophagitis and bleeding', ['K21.01']],
    // "Tear, torn" lists its forms; a torn ligament is its sprain (Index: Tear, ligament - see Sprain).
    ['Meniscus tear, right knee', ['S83.206A']],
    ['Complete ACL tear, left knee - acute', ['S83.512A']],
    ['torn ACL right knee', ['S83.511A']],
    // A degenerative tear is no current injury: the Index's "Degeneration, meniscus" (M23.3-) names it, at the part said.
    ['Degenerative tear of posterior horn medial meniscus, L knee', ['M23.322']],
    // The Index names dry eye only as "Syndrome, dry eye" (H04.12-), completed by side.
    ['Dry eye OU - continue ATs', ['H04.123']],
    ['dry mouth', ['R68.2']],
  ])('%s -> %j', (statement, want) => {
    expect(codes(statement)).toEqual(want);
  });

  it("reads an Index subterm's sex from the record, and neither when the record has none (CMS MCE)", () => {
    const bySex = (sex?: 'F' | 'M') => codeStatement(cs, '2026-06-01', 'Hypogonadism', 0, 12, sex).map((h) => h.code);
    expect(bySex('F')).toEqual(['E2839']);
    expect(bySex(undefined)).toEqual([]);
  });

  // A header is completed along what the statement's aside after " - " documents (the head ends there).
  it.each([['Alcohol dependence w/ withdrawal - uncomplicated', 'F10.230']])('%s -> %s', (statement, want) => {
    const head = statement.indexOf(' - ');
    const hits = codeStatement(cs, '2026-06-01', statement, 0, head, 'M', undefined, undefined, [], [], undefined, [], statement.length);
    expect(hits.map((h) => `${h.code.slice(0, 3)}.${h.code.slice(3)}`)).toEqual([want]);
  });

  // A service's words ("cancer chemotherapy", "chest X-ray") are the service's: no fragment of them is a
  // condition, and the service itself is an encounter reason, never coded from a statement.
  it.each(['Neutropenia due to cancer chemotherapy (palbociclib), grade 2', 'Chest X-ray showed consolidation in the left lower lobe'])('%s', (statement) => {
    expect(codes(statement).filter((c) => /^(?:C|Z0|Z51)/.test(c))).toEqual([]);
  });

  // A long inclusion term names its condition whole wherever the titles lead (Tabular F05 inclusion: "Delirium superimposed
  // on dementia"), ranked after what the titles and the Index found, never in its place ("COVID-19 pneumonia" stays
  // U07.1 first, I.C.1.g.1.a; guidelines then drop R41.0 and complete J18.9).
  it.each([
    ['Delirium superimposed on dementia', 'F05', 'R41.0'],
    ['COVID-19 pneumonia', 'U07.1', 'U07.1'],
  ])('%s reaches %s, first %s', (statement, reached, first) => {
    const got = codes(statement);
    expect(got).toContain(reached);
    expect(got[0]).toBe(first);
  });

  // A cause that is itself a mental disorder is no "known physiological condition" (F01-F09, G47.01): "insomnia
  // attributed to anxiety" is not F06.4, anxiety due to a medical condition; a urinary infection is one (F05).
  it.each([
    ['GAD with insomnia attributed to anxiety', ['F06.4', 'G47.01'], []],
    ['Delirium due to UTI', [], ['F05']],
  ])('%s: not %j, with %j', (statement, not, want) => {
    const got = codes(statement);
    for (const c of not) expect(got).not.toContain(c);
    expect(got).toEqual(expect.arrayContaining(want));
  });
});
