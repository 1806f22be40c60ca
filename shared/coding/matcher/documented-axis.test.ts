import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { codeStatement } from './statement.ts';

// Against the code sets compiled from the official files: a statement's codes when a header or an
// unspecified code must be completed along an axis the statement documents (issue #24 item 2).
let cs: CodeSets;
const codes = (statement: string, asides: string[] = []) =>
  codeStatement(cs, '2026-06-01', statement, 0, statement.length, 'F', undefined, undefined, [], [], undefined, asides).map(
    (h) => `${h.code.slice(0, 3)}.${h.code.slice(3)}`,
  );

describe.skipIf(!codeSetsBuilt)('codeStatement completes along documented axes (real code sets)', () => {
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);

  it.each([
    // "Otitis, media, suppurative, acute" H66.00- over "Suppurative otitis media, unspecified": the acute axis,
    // then the side; "right ear" is not a further "unspecified disorder of right ear".
    ['Acute suppurative otitis media, right ear, without TM rupture', [], ['H66.001']],
    // E11 Excludes1 "gestational diabetes (O24.4-)": the header completed by the pregnancy and the control documented.
    ['Gestational diabetes mellitus, A2 - now insulin-requiring', ['pregnancy'], ['O24.414']],
    ['Gestational diabetes, diet-controlled', ['pregnancy'], ['O24.410']],
    // Tabular F17.2-: the product axis (cigarettes, other tobacco product).
    ['Nicotine dependence, e-cigarette/vaping', [], ['F17.290']],
    ['Tobacco use disorder (cigarettes)', [], ['F17.210']],
    ['Tobacco dependence (cigarettes)', [], ['F17.210']],
    // A condition's adjective names it ("cirrhotic" is cirrhosis, Index "Cirrhosis, cirrhotic").
    ['Cirrhotic liver', [], ['K74.60']],
    // A shorthand is one term: "CAD" expanded gives no further "heart disease" from its own words. Its angina is read
    // with it (the I25.11- combination is cad-angina.ts's), never as "angina with coronary microvascular dysfunction" I20.81.
    ['CAD of native coronary arteries w/ stable angina', [], ['I25.10']],
    // Two shorthands are two terms: each keeps its code.
    ['AKI on CKD stage 3a', [], ['N18.31', 'N17.9']],
    // A title does not borrow one word of a shorthand for a term of its own: COPD's "chronic" makes no
    // "acute and chronic" respiratory failure; said in the text, it does.
    ['Acute hypoxic respiratory failure 2/2 COPD exacerbation', [], ['J44.1', 'J96.01']],
    ['Acute on chronic hypoxic respiratory failure 2/2 COPD', [], ['J96.21', 'J44.9']],
    // "Rheumatoid, lung" M05.10 "of unspecified site": the site documented (hand, M05.14-), and bilateral
    // with no bilateral code: right and left (I.B.13).
    ['RA, seropositive, with rheumatoid lung disease (ILD), active in bilateral hands (MCPs)', [], ['M05.141', 'M05.142']],
    ['Rheumatoid lung disease with RA, R hand', [], ['M05.141']],
    // M1A 7th character: with tophus (tophi); each site with the side named before it (I.B.13, I.C.13.a).
    ['Chronic tophaceous gout, primary/idiopathic, w/ tophi at R 1st MTP (R foot) and L elbow', [], ['M1A.0711', 'M1A.0221']],
    // Influenza A/B/C are identified viruses (Tabular J10 includes); with a pneumonia of a specified type the
    // combination is "with other specified pneumonia", listed first, and the pneumonia coded also.
    ['Influenza A infection complicated by MRSA pneumonia', [], ['J10.08', 'J15.212']],
    ['Influenza A with pneumonia', [], ['J10.00']],
    ['Influenza B', [], ['J10.1']],
    ['Influenza with pneumonia', [], ['J11.00']],
    // K35.32's inclusion term "perforated appendicitis" against its title's "without abscess": the abscess said is K35.33.
    ['Perforated appendicitis with abscess', [], ['K35.33']],
    ['Perforated appendicitis', [], ['K35.32']],
    // A knee prosthesis is a joint prosthesis: Infection, knee (joint), due to internal joint prosthesis, right T84.53.
    ['Infected right total knee prosthesis', [], ['T84.53XA']],
    // "Otitis, externa, acute" H60.50-: the acute axis over "Unspecified otitis externa, right ear", the side completed.
    ['Acute otitis externa, right ear', [], ['H60.501']],
    // "Perforation, tympanum, tympanic (membrane)" H72.9-: the adjective names the Index's noun.
    ['Tympanic membrane perforation, left', [], ['H72.92']],
    // Tabular D22 titles say "nevi": the note's "nevus" is the same word (D22.5 "Melanocytic nevi of trunk").
    ['Melanocytic nevus of trunk', [], ['D22.5']],
    // "Diverticulum, diverticula (multiple), sigmoid - see Diverticulosis, intestine, large": the listed plural names the term.
    ['Scattered sigmoid diverticula, no inflammation', [], ['K57.30']],
    // "Rhinosinusitis", the clinical guideline's term, is the classification's sinusitis: its acuity and sinus axes.
    ['Chronic rhinosinusitis', [], ['J32.9']],
    // Index "Degeneration, macula, macular, dry age-related" H35.31-: the adjective names the Index's noun, the list's
    // AMD is the age-related disease (its ARMD), and the side and stage complete the code.
    ['Dry age-related macular degeneration, intermediate stage, bilateral', [], ['H35.3132']],
    ['Dry AMD, intermediate, both eyes', [], ['H35.3132']],
    // Index "Carrier, streptococci, group B, complicating pregnancy or delivery" O99.82-: the Latin plural is the
    // organism's, and "complicating" is the heading the pregnancy is read under, as "complicated by" is.
    ['Group B strep carrier in pregnancy', [], ['O99.820']],
    ['Group B strep carrier', [], ['Z22.330']],
    ['Acute viral rhinosinusitis, maxillary', [], ['J01.00']],
    // "Lipoma, site classification, arms (skin) (subcutaneous)" D17.2-: the heading is no word of the note.
    ['Lipoma of right arm', [], ['D17.21']],
    // R13.1-: the phase axis, named by its own word.
    ['oropharyngeal phase dysphagia', [], ['R13.12']],
    ['oropharyngeal dysphagia', [], ['R13.12']],
    // "Ulcer, heel - see Ulcer, lower limb", read on at the target's "heel" (L97.40-); the side at the 5th character,
    // the severity the title leaves "with unspecified severity".
    ['Ulcer of right heel limited to breakdown of skin', [], ['L97.411']],
    // The side of I83.0- is its 5th character: "Varicose veins of left lower extremity with ulcer of calf".
    ['Stasis ulcer of left calf', [], ['I83.022']],
    // "Ulcer, lower limb, calf": the calf names the limb.
    ['Ulcer of left calf with fat layer exposed', [], ['L97.222']],
    // I50.3-: the acuity and type of heart failure (abbreviation HF).
    ['chronic diastolic HF (EF 60%, 2025)', [], ['I50.32']],
  ])('"%s" %j -> %j', (statement, asides, want) => expect(codes(statement, asides).slice(0, want.length)).toEqual(want));

  it('takes the Index path\'s nonessential modifier as the code\'s word: "chronic" is no further "Ulcer, chronic" L98.49-', () => {
    expect(codes('Chronic ulcer of left calf with fat layer exposed')).toEqual(['L97.222']);
  });

  it('completes no sibling by one word of several ("skin" of "limited to breakdown of skin") or one its siblings share ("muscle")', () => {
    expect(codes('Skin ulcer of right thigh')).toEqual(['L97.119']);
    expect(codes('Myalgia of thighs (statin-associated muscle symptoms)')).not.toContain('M79.11');
  });

  it('takes no further "site" from a number: "type 2" beside the CKD stage is not stage 2', () => {
    const got = codes('Type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3b');
    expect(got).toContain('N18.32');
    expect(got).not.toContain('N18.2');
  });
});
