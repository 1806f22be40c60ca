import { describe, expect, it } from 'vitest';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { activeCodes, kitContext } from '../../../test/support/coding-kit.ts';
import { drugKitCodeSets, runDrugRules } from '../../../test/support/drug-kit.ts';
import { poisoning } from './poisoning.ts';
import { sequencing } from './sequencing.ts';

const run = (items: string) => runDrugRules([poisoning, sequencing], `Assessment:\n${items}\n`);

describe('poisoning (I.C.19.e.5.b): Table of Drugs row by the documented intent, sequenced first', () => {
  it.each([
    // Intent by the note's words; unknown or unspecified -> accidental.
    ['1. Acetaminophen overdose, initial encounter', ['T39.1X1A']],
    ['1. Accidental acetaminophen ingestion by toddler', ['T39.1X1A']],
    ['1. Acetaminophen overdose, intentional self-harm', ['T39.1X2A']],
    ['1. Acetaminophen poisoning, assault by partner', ['T39.1X3A']],
    ['1. Acetaminophen ingestion, intent cannot be determined', ['T39.1X4A']],
    // A denied intent documents none.
    ['1. Acetaminophen overdose, not intentional', ['T39.1X1A']],
    // The 7th character is the encounter's (I.C.19.a).
    ['1. Acetaminophen overdose, intentional self-harm, subsequent encounter', ['T39.1X2D']],
    ['1. Acetaminophen overdose, sequela', ['T39.1X1S']],
    // A plan's follow-up is no subsequent encounter.
    ['1. Acetaminophen overdose - NAC protocol, follow-up level at 20 h', ['T39.1X1A']],
    ['1. Acetaminophen overdose - subsequent encounter', ['T39.1X1D']],
    // A class row found through the drug's class.
    ['1. Sertraline overdose, suicide attempt', ['T43.222A']],
    // Each drug of a list has its code (I.C.19.e.3); a drug outside the cue's clause is not poisoned.
    ['1. Intentional overdose of sertraline and acetaminophen', ['T43.222A', 'T39.1X2A']],
    ['1. Acetaminophen overdose, on metoprolol for hypertension', ['T39.1X1A']],
    // A class the Table codes to its residual gives way to the substance of its category named beside it (I.A.9.a).
    ['1. Opioid overdose, accidental, fentanyl', ['T40.411A']],
    ['1. Opioid overdose', ['T40.2X1A']],
    // The antidote given is no poison; a poisoning to prevent is none.
    ['1. Metoprolol overdose s/p acetaminophen', ['T44.7X1A']],
    ['1. Overdose on acetaminophen', ['T39.1X1A']],
    ['1. Nausea with vomiting after acetaminophen overdose', ['T39.1X1A']],
    ['1. Acetaminophen given by mother in error, overdose', ['T39.1X1A']],
    // An error in taking the drug is a poisoning (I.C.19.e.5.b): a double, extra or wrong dose.
    ['1. Accidental double dose of metoprolol', ['T44.7X1A']],
    ['1. Extra dose of acetaminophen taken in error', ['T39.1X1A']],
    ['1. Acetaminophen dose checked', []],
    ['1. Metoprolol overdose - acetaminophen 650 mg given for headache', ['T44.7X1A']],
    // A manifestation of an ingestion: the drug of its plan treats it; a bare cue's drug after the dash is the poison.
    ['1. Nausea/vomiting 2/2 ingestion - ondansetron', []],
    ['1. Overdose - sertraline 20 tabs', ['T43.221A']],
    ['1. Acetaminophen overdose prevention counseling', []],
    // No poisoning stated, or denied: nothing.
    ['1. Acetaminophen for pain', []],
    ['1. Denies acetaminophen overdose', []],
  ])('%s -> %j', (items, want) => {
    expect(run(items).filter((c) => c.startsWith('T'))).toEqual(want);
  });

  it.each([
    ['1. Acetaminophen overdose, intentional self-harm (suicide attempt)\n2. Nausea with vomiting 2/2 #1', ['T39.1X2A', 'R11.2']],
    // A manifestation listed before the poisoning it names follows it.
    ['1. Nausea with vomiting 2/2 #2\n2. Acetaminophen overdose, intentional self-harm (suicide attempt)', ['T39.1X2A', 'R11.2']],
    ['1. Nausea with vomiting from acetaminophen\n2. Acetaminophen overdose, intentional self-harm', ['T39.1X2A', 'R11.2']],
    // A manifestation stated with its poisoning in one statement follows it.
    ['1. Nausea with vomiting due to acetaminophen overdose, intentional self-harm (suicide attempt)', ['T39.1X2A', 'R11.2']],
  ])('sequences the T code before its manifestations and drops T14.91 for a self-harm poisoning: %s', (items, want) => {
    expect(run(items)).toEqual(want);
  });

  it.each([
    ['1. Acetaminophen overdose, accidental', ['T14.91XA', 'T39.1X1A']],
    ['1. Acetaminophen overdose, suicide attempt', ['T39.1X2A']],
  ])('T14.91 (suicide attempt NOS) stays unless a self-harm poisoning captures it: %s', (items, want) => {
    const ctx = kitContext(drugKitCodeSets, ['T14.91XA'], `Assessment:\n${items}\n`);
    poisoning(ctx);
    expect(activeCodes(ctx).sort()).toEqual(want);
  });

  it.each([
    ['CC: intentional ingestion\n', 'T39.1X2A'],
    ['HPI: Took 40 tablets in a suicide attempt after an argument.\n', 'T39.1X2A'],
    // An earlier attempt, or a denied intent, documents none for this poisoning.
    ['HPI: Took 40 tablets. Prior suicide attempt 2021.\n', 'T39.1X1A'],
    ['HPI: Took 40 tablets for a headache, denies suicidal intent.\n', 'T39.1X1A'],
  ])('reads the intent from the chief complaint or HPI when the statement leaves it unsaid: %j', (narrative, want) => {
    const codes = runDrugRules([poisoning], `${narrative}Assessment:\n1. Acetaminophen overdose\n`, 'ed', drugKitCodeSets);
    expect(codes).toEqual([want]);
  });
});

describe.skipIf(!codeSetsBuilt)('poisoning over the compiled code sets: a named source beats the row residual (I.A.9.a)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // Table of Drugs: Carbon monoxide, from utility gas T58.11-, in the documented intent; no source named: T58.91-.
    ['1. Accidental CO poisoning - faulty home gas furnace, mild', ['T58.11XA']],
    ['1. Accidental carbon monoxide poisoning, mild', ['T58.91XA']],
  ])('%s -> %j', (t, want) => expect(codes(`Assessment:\n${t}\n`).filter((c) => c.startsWith('T'))).toEqual(want));
});
