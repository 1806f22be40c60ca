import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';

describe.skipIf(!codeSetsBuilt)('a statement read with its sides, asides, clauses and shorthand', () => {
  const codes = icdCodesOfOfficeNote();
  const of = (t: string) => codes(`Assessment:\n1. ${t}\n`);
  it.each([
    // I.B.13: a side said only in an aside gives way to the side said outright; each side said outright keeps its code.
    ['Moderate NPDR with diabetic macular edema, both eyes (OD center-involved).', 'E11.3313', 'E11.3311'],
    ['Bilateral knee OA (R worse)', 'M17.0', 'M17.11'],
    ['R knee OA (L knee mild)', 'M17.11', 'M17.0'],
    // Both eyes said outright, one side's detail after it: the bilateral code (I.B.13).
    ['Age-related nuclear cataract OU, visually significant OD', 'H25.13', 'H25.11'],
    // I.C.13.a: "multiple sites" said outright is the multiple-sites code, whatever one site is said beside it.
    ['RA, seropositive, multiple sites, low disease activity w/ mild R wrist synovitis', 'M05.79', 'M05.9'],
    // ConText scope, IV.H: the malignancy is ruled out in its own clause, so the nodule is coded, not a lung cancer.
    ['RUL pulmonary nodule 9 mm - r/o malignancy; PET-CT ordered.', 'R91.1', 'C34.11'],
    // One nodule is the Index's solitary one (Nodule, lung, solitary R91.1); several are not.
    ['Pulmonary nodule, incidental', 'R91.1', 'R91.8'],
    // I.B.18: the aside's first clause documents the axis the head leaves unspecified.
    ['Asthma - mild intermittent, quiescent; no meds needed today.', 'J45.20', 'J45.909'],
    // So does the detail after an item's colon label.
    ['Asthma: mild intermittent, no exacerbation - no albuterol needed.', 'J45.20', 'J45.909'],
    // ... and a complication of a code "without complications" (I.A.15 "with").
    ['T2DM - hyperglycemia, A1c 9.1', 'E11.65', 'E11.9'],
    // ... and of an "uncomplicated" one (F11.20 "Opioid dependence, uncomplicated"; DSM-5 "in sustained remission").
    ['OUD, severe - in sustained remission on maintenance therapy (buprenorphine).', 'F11.21', 'F11.20'],
    // An aside of one word qualifies the head as an Index subterm does (Hypotension, orthostatic, neurogenic G90.3).
    ['Orthostatic hypotension - neurogenic, due to PD; stop tamsulosin.', 'G90.3', 'I95.1'],
    ['Orthostatic hypotension - improving, liberalize salt.', 'I95.1', 'G90.3'],
    // DME beside an eye's word is diabetic macular edema.
    ['Moderate NPDR w/ DME, bilateral', 'E11.3313', 'E11.3393'],
    // A cause stated after the dash is coded; a doubt after a "+" is the next condition's (IV.H: not coded here).
    ['Acute on chronic hypoxic respiratory failure - due to COPD exacerbation + probable pneumonia', 'J44.1', 'J18.9'],
    // Index: Pregnancy, complicated by, elderly, primigravida O09.51-: the heading is no word a note says;
    // ACOG's "advanced maternal age" (AMA) is the Tabular's "elderly" (O09.5- inclusion: 35 and older at delivery).
    ['Elderly primigravida pregnancy, 2nd trimester', 'O09.512', 'O09.519'],
    ['AMA primigravida', 'O09.519', 'Z33.1'],
    // Index: Appetite, lack or loss R63.0: a decreased or poor appetite is its loss.
    ['Decreased appetite - adverse effect of methylphenidate', 'R63.0', 'F50.9'],
    // Index: Intrauterine contraceptive device, checking Z30.431 (IUD; "check" a form of "checking").
    ['IUD check - LNG-IUD in place, strings visible', 'Z30.431', 'Z30.9'],
    // Word forms: "deviated" is the Index's "Deviation" (septum, J34.2), "urinary" the adjective of "urine" (Retention, urine R33.9).
    ['Deviated septum, obstructing L side', 'J34.2', 'Q67.4'],
    ['Urinary retention, post-op', 'R33.9', 'R39.9'],
    // Tabular E78.1 "Pure hyperglyceridemia", inclusion: elevated fasting triglycerides.
    ['Hypertriglyceridemia (TG 410)', 'E78.1', 'E78.5'],
    // I.A.12.a: an Excludes1 redirect rests on the statement's own words, not an aside's: the aside's "use"
    // (AUD, alcohol use disorder) describes the abuse stated (F10.1- Excludes1 "alcohol use, unspecified").
    ['Alcohol abuse (AUD, mild), in early remission', 'F10.11', 'F10.91'],
    // Index: Neuropathy, peripheral - see also Polyneuropathy: "Diabetes, type 2, with, polyneuropathy" E11.42.
    ['T2DM w/ diabetic peripheral neuropathy', 'E11.42', 'E11.40'],
    // A header the words reach more deeply through one title (Index "Disease, gastroesophageal reflux, with
    // esophagitis" K21.0; inclusion "Reflux esophagitis" K21.00) is read as that title, not passed for the plain term.
    ['Gastroesophageal reflux disease with erosive esophagitis, LA grade B, no bleeding', 'K21.00', 'K21.9'],
    // Index: Complication(s), insulin pump, mechanical, breakdown T85.614: a device's failure is its mechanical breakdown.
    ['Insulin pump failure (mechanical - motor error)', 'T85.614A', 'E10.9'],
    // I.A.13: the Index's bracketed manifestation ("Disease, Alzheimer's, late onset G30.1 [F02.80]") is coded with
    // its etiology, completed along the axes said (F02.B11 "..., moderate, with agitation"; F02.B0 "moderate, without ...").
    ["Alzheimer's disease, late onset, moderate, with agitation", 'F02.B11', 'F02.80'],
    ["Alzheimer's dementia, late onset, moderate, no behavioral sx", 'F02.B0', 'F02.B18'],
    // I.A.15: "Anemia in chronic kidney disease" joins the anemia to the stage's code by the statement's own "in".
    ['Anemia in CKD stage 4', 'D63.1', 'D64.9'],
    ['CKD stage 4 with anemia', 'D63.1', 'D64.9'],
    // An Index path's "eye disease" needs its noun: "both eyes" is the cataract's site (H26.9), not "Cataract, in, eye
    // disease" H26.20; a condition the path leaves unread may be its site's disease ("TR": Stenosis, mitral, with tricuspid valve disease).
    ['Cataract, both eyes', 'H26.9', 'H26.20'],
    ['MS, rheumatic, moderate-severe, w/ moderate TR', 'I08.1', 'I05.0'],
    // "Testicular" is the adjective of the Index's "testis" (Torsion, testis, testicle N44.00).
    ['Testicular torsion, right', 'N44.00', 'N50.9'],
    // "Developmental" is the adjective of the Index's "development" (Delay, development R62.50).
    ['Developmental delay', 'R62.50', 'F88'],
    // "Disc" alone is the Index's intervertebral disc (Disorder, disc M51.9), "degenerative" a listed form of the main
    // term Degeneration, and "region" is left unsaid: "Degeneration, intervertebral disc NOS, lumbar region" M51.36-.
    ['Lumbar degenerative disc disease', 'M51.369', 'M51.86'],
    ['Optic disc edema', 'H47.10', 'M51.9'],
    // "Perforated" is the listed form of the main term Perforation (Appendicitis, acute, with, perforation).
    ['Perforated appendicitis', 'K35.32', 'K37'],
    // A subterm lists its forms as a main term does (Herpes, genital, genitalis A60.00); a sibling for one sex
    // ("... of other male genital organs" A60.02) is the patient record's to choose, not the note's words.
    ['Genital herpes', 'A60.00', 'A60.02'],
    // A generic noun ("disease") is no further site or word of a second code of the same category.
    ['Cervical degenerative disc disease', 'M50.30', 'M50.90'],
    // "Postconcussion" is the Index's "postconcussional" (Syndrome, postconcussional F07.81); "syndrome" alone named
    // the Index's PAPA syndrome, whose other words are all in parentheses.
    ['Post-concussion syndrome', 'F07.81', 'M04.8'],
    // A cause the title names as unknown is met by a note naming none (G31.84 "... of uncertain or unknown etiology").
    ['Mild cognitive impairment', 'G31.84', 'R41.89'],
    // A title said whole beats the FY2017 Index's route to the residual code a later year split it from (FY2023 G12.23).
    ['Primary lateral sclerosis', 'G12.23', 'G12.29'],
    // A condition due to alcohol is the Index's alcoholic one (Cirrhosis, alcoholic, with ascites K70.31; Hepatitis, alcoholic K70.10).
    ['Cirrhosis due to alcohol with ascites', 'K70.31', 'K74.60'],
    ['Alcohol-related hepatitis', 'K70.10', 'K75.9'],
    // A title's laterality noun ("Sciatica, right side") is met by the side alone; the Index's "Sciatica" has no code.
    ['Sciatica R', 'M54.31', 'M54.30'],
    // The Index writes "vitamin B12": a note's "B12" alone names it (Deficiency, vitamin, B12 E53.8).
    ['B12 deficiency', 'E53.8', 'E53.9'],
    // I.A.9.a: a residual "Other" title met only by words the Index's code names too documents no other detail.
    ['Osteoporosis without fracture', 'M81.0', 'M81.8'],
    // An ordinal names a condition only with its noun ("Fifth disease" B08.3).
    ['Erythema infectiosum (fifth disease)', 'B08.3', 'S22.31XA'],
  ])('%s -> %s, not %s', (text, want, not) => {
    const got = of(text);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });

  // An ordinal numbers a site ("Fracture, metacarpal, fifth"); alone it is no condition: "5th" was read as fifth disease.
  it('reads "5th and 6th rib fractures" as rib fractures, not fifth disease', () => {
    const got = of('Right 5th and 6th rib fractures, closed');
    expect(got.some((c) => /^S22\.[34]/.test(c))).toBe(true);
    expect(got).not.toContain('B08.3');
  });
});
