import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { runDrugRules } from '../../../test/support/drug-kit.ts';
import { adverseEffect } from './adverse-effect.ts';
import { sequencing } from './sequencing.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['D64.81', true, 'Anemia due to antineoplastic chemotherapy'],
    ['A49.02', true, 'Methicillin resistant Staphylococcus aureus infection, unspecified site'],
    ['L03.115', true, 'Cellulitis of right lower limb'],
    ['T45.1X5', false, 'Adverse effect of antineoplastic and immunosuppressive drugs'],
    ['T45.1X5A', true, 'Adverse effect of antineoplastic and immunosuppressive drugs, initial encounter'],
    ['T45.1X1A', true, 'Poisoning by antineoplastic and immunosuppressive drugs, accidental (unintentional), initial encounter'],
    ['T36.0X5', false, 'Adverse effect of penicillins'],
    ['T36.0X5A', true, 'Adverse effect of penicillins, initial encounter'],
    ['Z88.0', true, 'Allergy status to penicillin'],
  ],
  notes: { T45: { sevenChr: [['A', 'initial encounter']] }, T36: { sevenChr: [['A', 'initial encounter']] } },
  index: [
    { path: ['Antineoplastic NEC', 'Adverse effect'], code: 'T45.1X5' },
    { path: ['Antineoplastic NEC', 'Poisoning, accidental'], code: 'T45.1X1' },
    { path: ['Methicillin', 'Adverse effect'], code: 'T36.0X5' },
    { path: ['Penicillin', 'Adverse effect'], code: 'T36.0X5' },
  ],
});
const run = (code: string, text: string) => {
  const ctx = kitContext(cs, [code], text);
  adverseEffect(ctx);
  return active(ctx).map((f) => f.code);
};

describe('adverseEffect (I.C.19.e.5.a)', () => {
  it.each([
    ['D64.81', 'Anemia due to antineoplastic chemotherapy', ['D64.81', 'T45.1X5A']],
    // An organism whose name contains a drug word is not a drug.
    ['L03.115', 'Cellulitis of right leg due to MRSA', ['L03.115']],
    ['D64.81', 'Anemia due to antineoplastic overdose', ['D64.81']],
    ['D64.81', 'Anemia of chronic disease', ['D64.81']],
    // A status is no effect of the drug (I.C.21.c.3): "Allergy to penicillin" is the allergy status alone.
    ['Z88.0', 'Allergy to penicillin', ['Z88.0']],
  ])('%s "%s" -> %j', (code, text, want) => expect(run(code, text)).toEqual(want));
});

describe('adverseEffect over the Table of Drugs kit: causes, classes, due-to-drug codes, uncertainty (I.C.19.e.5.a, IV.H)', () => {
  const items = (t: string, setting: Parameters<typeof runDrugRules>[2] = 'office') =>
    runDrugRules([adverseEffect, sequencing], `Assessment:\n${t}\n`, setting);
  it.each([
    // The condition's own "due to drug" code (Index: Hypotension, due to, drugs), then the drug's adverse-effect code.
    ['1. Hypotension due to metoprolol dose increase', ['I95.2', 'T44.7X5A']],
    ['1. Hypothyroidism due to amiodarone - start levothyroxine', ['E03.2', 'T46.2X5A']],
    // A class name read under the Table's class row; an aside in parentheses names the drug too.
    ['1. Hypotension exacerbated by beta-blocker', ['I95.2', 'T44.7X5A']],
    ['1. Hypotension due to ACE inhibitor (lisinopril), taken as prescribed', ['I95.2', 'T46.4X5A']],
    ['1. Hypotension 2/2 lisinopril', ['I95.2', 'T46.4X5A']],
    ['1. Hypotension due to lisinopril and metoprolol', ['I95.2', 'T46.4X5A', 'T44.7X5A']],
    ['1. Lisinopril-induced hypotension', ['I95.2', 'T46.4X5A']],
    ['1. Hypotension - lisinopril side effect', ['I95.2', 'T46.4X5A']],
    // Not a cause: a benefit expected from a drug, a drug for the condition.
    ['1. Hypotension - expect benefit from SSRI', ['I95.9']],
    ['1. Hypotension from lisinopril', ['I95.2', 'T46.4X5A']],
    // A drug's named toxicity is its effect, not a second cause ("ATN due to vancomycin nephrotoxicity").
    ['1. Hypotension due to lisinopril toxicity, taken as prescribed', ['I95.2', 'T46.4X5A']],
    // The route says how it was given, not a second cause.
    ['1. Hypotension due to IV metoprolol', ['I95.2', 'T44.7X5A']],
    ['1. Hypotension - switched from lisinopril', ['I95.9']],
    ['1. Hypothyroidism - start levothyroxine', ['E03.9']],
    // I.C.5.b: a disorder induced by a substance the patient uses is an F10-F19 code, not an adverse effect.
    ['1. Cannabis-induced anxiety (cannabis use)', ['F41.9']],
    ['1. Hypotension due to metoprolol use', ['I95.2', 'T44.7X5A']],
    ['1. Hypotension related to oral metoprolol', ['I95.2', 'T44.7X5A']],
    // I.B.9: a combination code whose evidence holds the drug names the effect itself.
    ["1. Parkinson's disease with fluctuations and levodopa-induced dyskinesia", ['G20.B2']],
    ['1. Hypotension, levodopa-induced', ['I95.2', 'T42.8X5A']],
    // Poisoning and underdosing are other columns, coded by their own rules.
    ['1. Hypotension due to metoprolol overdose', ['I95.9']],
  ])('%s -> %j', (t, want) => expect(items(t)).toEqual(want));

  it.each([
    // Section IV.H: a suspected cause is not coded outpatient; inpatient it is coded as if established (II.H, III.C).
    ['office', ['R55']],
    ['inpatient-progress', ['R55', 'T44.7X5A']],
  ] as const)('"Syncope, suspect exacerbated by beta-blocker" in %s -> %j', (setting, want) => {
    expect(items('1. Syncope, suspect exacerbated by beta-blocker', setting)).toEqual(want);
  });
});

describe.skipIf(!codeSetsBuilt)('adverse effects over the compiled code sets: the nature first, the Index "due to" code (I.C.19.e.5.a, I.C.2.c.2)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // The nature of the effect leads, though the statement's best phrase is the drug's own entry (Index: Lisinopril, adverse effect).
    ['1. Angioedema due to lisinopril (adverse effect, taken as prescribed)', ['T78.3XXA', 'T46.4X5A']],
    // "Chemotherapy" with a drug of the antineoplastic row is the Index's cancer chemotherapy.
    ['1. Neutropenia due to chemotherapy (carboplatin), grade 3', ['D70.1', 'T45.1X5A']],
    // A class with its drugs in parentheses: each drug's row (ASA is the list's acetylsalicylic acid).
    ['1. Gastric ulcer, NSAID-induced (ibuprofen + low-dose ASA)', ['K25.9', 'T39.315A', 'T39.015A']],
    ['1. Gastric ulcer, NSAID-induced', ['K25.9', 'T39.395A']],
    // Causes listed together: each one wholly a drug's is an adverse effect; a condition among them is not a drug.
    ['1. Hyperkalemia due to AKI plus lisinopril', ['E87.5', 'N17.9', 'T46.4X5A']],
    ['1. Hyperkalemia due to ACE inhibitor and spironolactone', ['E87.5', 'T46.4X5A', 'T50.0X5A']],
    ['1. Hyperkalemia due to CKD', ['E87.5', 'N18.9']],
    // The item's next sentence may state the cause; the next item may not.
    ['1. Severe hyperkalemia with ECG changes. Due to AKI plus lisinopril.', ['E87.5', 'T46.4X5A']],
    ['1. Severe hyperkalemia.\n2. Due to lisinopril.', ['E87.5']],
    // Index: Allergy, drug, correct substance properly administered - see Table of Drugs, adverse effect: the nature the
    // statement names, else the drug's unspecified adverse effect (T88.7 "Drug hypersensitivity NOS"), never T78.40.
    ['1. Allergic reaction to penicillin', ['T88.7XXA', 'T36.0X5A']],
    ['1. Allergic reaction to penicillin, hives', ['L50.9', 'T36.0X5A']],
    ['1. Allergic reaction to peanuts', ['T78.40XA']],
    // T78.2 Excludes1: anaphylaxis due to a correct drug properly administered is T88.6 (I.A.12.a).
    ['1. Anaphylaxis - allergic reaction to ceftriaxone', ['T88.6XXA', 'T36.1X5A']],
    // A nature in the injury chapter beside a further condition of the statement (the cause's list is of conditions only).
    ['1. Anaphylaxis due to ceftriaxone with hypotension', ['T78.2XXA', 'I95.2', 'T36.1X5A']],
    // A class of two words before "-induced", joined by a space or a hyphen.
    ['1. Angioedema, ACE inhibitor-induced', ['T78.3XXA', 'T46.4X5A']],
    ['1. ACE-inhibitor induced angioedema (lisinopril taken as prescribed)', ['T78.3XXA', 'T46.4X5A']],
    // The same after a cue word: the drug the class's aside names.
    ['1. Gastric ulcer due to NSAID (ibuprofen)', ['K25.9', 'T39.315A']],
    // Or a drug of the class named further on in the statement (Table of Drugs: Ibuprofen T39.31-, of NSAID's T39.3-).
    ['1. Gastric ulcer due to NSAID use (ibuprofen)', ['K25.9', 'T39.315A']],
    ['1. NSAID-induced gastric ulcer - takes naproxen 500 mg BID', ['K25.9', 'T39.315A']],
    ['1. Gastric ulcer due to NSAID - also on lisinopril', ['K25.9', 'T39.395A']],
    // A cause clause inside a combination's evidence is the adverse effect still (the drug is no word of its title).
    ['1. Hypoglycemia due to glipizide in T2DM', ['E11.649', 'T38.3X5A', 'Z79.84']],
    // Table of Drugs: "Lithium" is the metal (no adverse-effect cell); the medicine is "Lithium, salts (carbonate)" T43.59-.
    ['1. Hypothyroidism due to lithium', ['E03.2', 'T43.595A']],
    // The salt a USP name adds to the active moiety ("lithium carbonate") is the same drug's.
    ['1. Hypothyroidism due to lithium carbonate', ['E03.2', 'T43.595A']],
    // The category's code whose note asks for this drug's adverse-effect code (D68.32: T45.515), the FY2017 Index having no path.
    ['1. Coagulopathy due to warfarin, INR 6.9', ['D68.32', 'T45.515A', 'Z79.01']],
    ['1. Coagulopathy due to warfarin, INR 6.9, with gross hematuria', ['D68.32', 'T45.515A', 'Z79.01']],
    ['1. Anemia due to chemotherapy - Hgb 8.4', ['D64.81', 'T45.1X5A']],
    // The condition a dash aside names before its cause is read with it; R79.1 excludes coagulation defects (Excludes1).
    ['1. Supratherapeutic INR on warfarin - coagulopathy due to warfarin', ['D68.32', 'T45.515A', 'Z79.01']],
    // A level above the drug's therapeutic range is the drug's effect: "on <drug>" names its cause, alone or after a cue.
    ['1. Supratherapeutic INR on warfarin', ['R79.1', 'T45.515A', 'Z79.01']],
    ['1. Epistaxis due to supratherapeutic INR on warfarin', ['R04.0', 'R79.1', 'T45.515A', 'Z79.01']],
    // Elsewhere "on" names the current therapy, no cause.
    ['1. HTN on lisinopril', ['I10']],
    // The drug is the cause's own cause, after a further cue ("due to X from <drug>"): X's "due to drugs" code.
    ['1. Syncope due to orthostatic hypotension from furosemide', ['I95.2', 'T50.1X5A']],
    // "Cancer chemotherapy" as the Index writes it, with a drug the Table does not list in an aside.
    ['1. HTN\n2. Neutropenia due to cancer chemotherapy (palbociclib) - grade 2, expected', ['I10', 'D70.1', 'T45.1X5A']],
    // Methotrexate named without chemotherapy is a drug-induced neutropenia (Index: Neutropenia, drug-induced).
    ['1. Neutropenia due to methotrexate', ['D70.2', 'T45.1X5A']],
    // The Index's "due to drugs" code though its title is an "other" one; no chemotherapy session is read from a cause.
    ['1. Thrombocytopenia due to chemotherapy', ['D69.59', 'T45.1X5A']],
    // Each statement takes its own "due to drug" code, though the drug's code is reported once.
    ['1. Neutropenia due to chemotherapy\n2. Anemia due to chemotherapy', ['D70.1', 'T45.1X5A', 'D64.81']],
    // A regimen's name or its timing before "chemotherapy" qualifies it; the cause is chemotherapy still.
    ['1. Neutropenia due to R-CHOP chemotherapy', ['D70.1', 'T45.1X5A']],
    ['1. Neutropenia due to adjuvant chemotherapy', ['D70.1', 'T45.1X5A']],
    // One cause governs conditions listed with "and" or "/" (Index: Anemia, due to, antineoplastic chemotherapy; Thrombocytopenia, due to, drugs).
    ['1. Anemia and thrombocytopenia due to chemotherapy', ['D64.81', 'D69.59', 'T45.1X5A']],
    ['1. Anemia/thrombocytopenia - chemo-related', ['D64.81', 'D69.59', 'T45.1X5A']],
    // A laboratory value is its level (Index: Elevated, transaminase level).
    ['1. Elevated transaminases due to methotrexate', ['R74.01', 'T45.1X5A']],
  ])('%s -> %j', (t, want) => expect(codes(`Assessment:\n${t}\n`)).toEqual(want));
});
