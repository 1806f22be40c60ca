import { describe, expect, it } from 'vitest';
import { completionContext, findDiagnoses, historyCodeContext, patientContext } from './diagnoses.ts';
import { sections } from './note/sections.ts';
import { kitCodeSets } from '../../test/support/coding-kit.ts';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../test/support/built-code-sets.ts';

describe('historyCodeContext (I.C.21.c.4)', () => {
  it.each([
    ['Personal history of other infectious and parasitic diseases', 'resolved', 'affirmed'],
    ['Personal history of other infectious and parasitic diseases', 'history', 'affirmed'],
    ['Family history of diabetes mellitus', 'family-history', 'affirmed'],
    ['Chronic viral hepatitis C', 'resolved', 'resolved'],
    ['Personal history of other infectious and parasitic diseases', 'negated', 'negated'],
  ] as const)('%s in %s context -> %s', (title, status, want) => {
    expect(historyCodeContext(title, { status, why: '' }).status).toBe(want);
  });
});

describe('patientContext (I.C.16, I.C.15.a.1)', () => {
  it('adds an implied "newborn" only for a newborn the note calls one, "pregnancy" for a current pregnancy', () => {
    expect(patientContext({ text: 'Newborn visit, day of life 10. Jaundice.', setting: 'office', patient: { age: 0 } }).map((t) => [t.stem, t.start])).toEqual([
      ['newborn', -1],
    ]);
    expect(patientContext({ text: 'Well visit. Jaundice.', setting: 'office', patient: { age: 0 } })).toEqual([]);
    expect(patientContext({ text: 'Newborn visit.', setting: 'office', patient: { age: 34 } })).toEqual([]);
    expect(patientContext({ text: 'G2P1 at 33w2d.', setting: 'office', patient: { sex: 'F' } }).map((t) => [t.stem, t.start])).toEqual([['pregnancy', -1]]);
  });
});

describe.skipIf(!codeSetsBuilt)('findDiagnoses: a complication the current pregnancy implies (I.C.15.a.1)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // "Pregnancy, complicated by, decreased fetal movement" O36.81-, the pregnancy unsaid in the statement but current.
    ['Decreased fetal movements', ['O36.8130', 'Z3A.33']],
    ['Poor fetal growth', ['O36.5930', 'Z3A.33']],
    // One word is no complication: "Pregnancy, cervical" is an ectopic pregnancy.
    ['Cervical length 3.4 cm', []],
  ])('G2P1 at 33w2d: %s -> %j', (item, want) => expect(codes(`31 yo G2P1 at 33w2d.\nAssessment:\n1. ${item}\n`)).toEqual(want));
});

describe('completionContext (I.C.15.a.1)', () => {
  it.each([
    ['G2P1 at 22w3d. Gestational diabetes.', 'F', ['pregnancy']],
    ['Pregnant, third trimester. GDM.', 'F', ['pregnancy']],
    // Weeks without a pregnancy, a pregnancy test, a man, or "not pregnant": nothing.
    ['Born at 34 wk. Croup.', 'F', []],
    ['Urine pregnancy test negative at 6 wk follow-up.', 'F', []],
    ['Pregnant partner at 22w3d.', 'M', []],
    ['Not pregnant. Seen 22w3d after surgery.', 'F', []],
  ] as const)('"%s" (%s) -> %j', (text, sex, want) => {
    expect(completionContext({ text, setting: 'office', patient: { sex } })).toEqual(want);
  });
});

describe('findDiagnoses outside the assessment', () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['C50.919', true, 'Malignant neoplasm of unspecified site of unspecified female breast'],
        ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
        ['U07.1', true, 'COVID-19'],
        ['I10', true, 'Essential (primary) hypertension'],
      ],
      index: [{ path: ['Cancer', 'breast'], code: 'C50.919' }],
    },
    { tree: true },
  );
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => `${f.code} ${f.status} ${f.section}`);

  it("reads a blood relative's condition as family history, and nothing else there", () => {
    const text =
      'HPI: Mother with type 2 diabetes. Husband tested positive for COVID-19. Patient has hypertension.\nFHx: sister with breast cancer at 47.\nAssessment: Hypertension.';
    expect(found(text)).toEqual(['I10 affirmed assessment', 'E11.9 family-history hpi', 'C50.919 family-history fhx']);
  });

  it('without an assessment, codes the reason for the visit, not the exam, review of systems or allergies', () => {
    const text = 'Reason for visit: hypertension.\nROS: no cough, no fever.\nAllergies: sulfa (rash).\nExam: breast exam normal.';
    expect(found(text)).toEqual(['I10 affirmed assessment']);
  });
});

describe("findDiagnoses: a relative's condition in a clause of its own", () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['C50.919', true, 'Malignant neoplasm of unspecified site of unspecified female breast'],
        ['Z12.31', true, 'Encounter for screening mammogram for malignant neoplasm of breast'],
        ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
      ],
      index: [{ path: ['Cancer', 'breast'], code: 'C50.919' }],
    },
    { tree: true },
  );
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => `${f.code} ${f.status}`);

  it.each([
    // The screening's words would otherwise take the relative's cancer as its own.
    ['Indication: Screening mammogram; FHx breast cancer in sister.', ['C50.919 family-history']],
    ['Indication: Screening mammogram - sister with breast cancer at 47.', ['C50.919 family-history']],
    ['History: Obesity - mother with type 2 diabetes.', ['E11.9 family-history']],
  ])('%s -> %j', (text, want) => {
    expect(found(`${text}\nAssessment: Well.`)).toEqual(want);
  });
});

describe('findDiagnoses: a cause named with a doubt word after the statement', () => {
  const cs = kitCodeSets({
    titles: [
      ['K92.2', true, 'Gastrointestinal hemorrhage, unspecified'],
      ['K26.4', true, 'Duodenal ulcer with hemorrhage'],
      ['D62', true, 'Acute posthemorrhagic anemia'],
      ['N17.9', true, 'Acute kidney failure, unspecified'],
      ['N17.0', true, 'Acute kidney failure with tubular necrosis'],
    ],
  });
  const found = (text: string, setting: 'office' | 'inpatient-progress') =>
    findDiagnoses({ text, setting, patient: {} }, cs, sections(text)).map((f) => `${f.code} ${f.status}`);

  it.each([
    ['inpatient-progress', 'Gastrointestinal hemorrhage - probable duodenal ulcer with hemorrhage', ['K92.2 affirmed', 'K26.4 affirmed']],
    // A doubted aside documents the head's axis where the setting codes it as established (II.H), not elsewhere (IV.H).
    ['inpatient-progress', 'Acute kidney failure - likely tubular necrosis from NSAID', ['N17.0 affirmed']],
    ['office', 'Acute kidney failure - likely tubular necrosis from NSAID', ['N17.9 affirmed']],
    // A cause after one word of the aside ("- prerenal from dehydration").
    ['office', 'Gastrointestinal hemorrhage - upper from duodenal ulcer with hemorrhage', ['K92.2 affirmed', 'K26.4 affirmed']],
    // A later clause of the aside naming it "consistent with" (ConText POSSIBLE_EXISTENCE).
    [
      'inpatient-progress',
      'Gastrointestinal hemorrhage - hemodynamically stable, EGD c/w duodenal ulcer with hemorrhage',
      ['K92.2 affirmed', 'K26.4 affirmed'],
    ],
    // A tail without a doubt word is status or plan, not a second diagnosis.
    ['inpatient-progress', 'Gastrointestinal hemorrhage - transfuse for acute posthemorrhagic anemia', ['K92.2 affirmed']],
  ] as const)('%s: %s', (setting, line, want) => {
    expect(found(`Assessment:\n1. ${line}.`, setting)).toEqual(want);
  });

  it('outside the inpatient setting the doubtful cause stays uncertain (IV.H)', () => {
    expect(found('Assessment:\n1. Gastrointestinal hemorrhage - probable duodenal ulcer with hemorrhage.', 'office')).toContain('K26.4 uncertain');
  });
});

describe("findDiagnoses: an item's conclusion denying the condition it opened with", () => {
  const cs = kitCodeSets({ titles: [['R55', true, 'Syncope']] });
  const found = (line: string) =>
    findDiagnoses({ text: `Assessment:\n1. ${line}`, setting: 'inpatient-progress', patient: {} }, cs, sections(`Assessment:\n1. ${line}`)).map(
      (f) => `${f.code} ${f.status}`,
    );
  it.each([
    // ConText NEGATED_EXISTENCE "not", read for the word the item named.
    ['?Syncope on adm - tilt neg, event monitor bland -> not syncope, no further w/u.', ['R55 negated']],
    ['Syncope - not syncope, mechanical fall.', ['R55 negated']],
    // A denial of a further word ("not a syncope recurrence") is not the condition's.
    ['Syncope - not a syncope recurrence, first episode.', ['R55 affirmed']],
  ])('%s -> %j', (line, want) => expect(found(line)).toEqual(want));
});

describe('findDiagnoses: a summary line before numbered problems', () => {
  const cs = kitCodeSets({
    titles: [
      ['I10', true, 'Essential (primary) hypertension'],
      ['H66.91', true, 'Otitis media, unspecified, right ear'],
      ['R55', true, 'Syncope and collapse'],
    ],
  });
  const firstOf = (text: string) => [...findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text))].sort((a, b) => a.order - b.order)[0]?.code;

  it.each([
    // The background goes after the problems the provider numbers (IV.G: the first-listed is a problem of the visit).
    ['Assessment:\n79M w/ hypertension, admitted after syncope and collapse.\n1. Otitis media, right ear.\n2. Hypertension.', 'H66.91'],
    // Without numbered problems, the first statement still leads; a "-" bullet list is plan, not problems.
    ['Assessment:\nHypertension.\nOtitis media, right ear.', 'I10'],
    ['Assessment: hypertension.\n- Otitis media, right ear - amoxicillin.', 'I10'],
  ])('%s -> %s first', (text, code) => {
    expect(firstOf(text)).toBe(code);
  });
});

describe('findDiagnoses: a cue inside the evidence governs its first word', () => {
  const cs = kitCodeSets({
    titles: [['I82.3', true, 'Embolism and thrombosis of renal vein']],
    index: [{ path: ['Thrombosis, thrombotic', 'renal'], code: 'I82.3', nemod: '(vein)' }],
  });
  const found = (text: string) => findDiagnoses({ text, setting: 'inpatient-progress', patient: {} }, cs, sections(text)).map((f) => `${f.code} ${f.status}`);

  it.each([
    // "DVT ppx ... (renal dose)": the thrombosis is prevented (medspaCy "prophylaxis", BACKWARD).
    ['Assessment:\nVenous thrombosis ppx enoxaparin daily (renal dose reviewed).', ['I82.3 hypothetical']],
    ['Assessment:\nRenal vein thrombosis on enoxaparin.', ['I82.3 affirmed']],
  ])('%j -> %j', (text, want) => expect(found(text)).toEqual(want));
});

describe('findDiagnoses: a part a context cue governs is a statement of its own', () => {
  const cs = kitCodeSets({
    titles: [
      ['I10', true, 'Essential (primary) hypertension'],
      ['C50.919', true, 'Malignant neoplasm of unspecified site of unspecified female breast'],
      ['K63.5', true, 'Polyp of colon'],
    ],
  });
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => `${f.code} ${f.status}`);

  it.each([
    ['Hypertension, history of malignant neoplasm of breast', ['I10 affirmed', 'C50.919 history']],
    ['Hypertension with h/o malignant neoplasm of breast', ['I10 affirmed', 'C50.919 history']],
    // The cue governs forward: the condition before it in its part is present.
    ['Hypertension, polyp of colon s/p polypectomy', ['I10 affirmed', 'K63.5 affirmed']],
  ])('%s -> %j', (line, want) => {
    expect(found(`Assessment:\n1. ${line}.`)).toEqual(want);
  });
});

describe("findDiagnoses: a problem item's further sentences", () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['R07.9', true, 'Chest pain, unspecified'],
        ['I31.9', true, 'Disease of pericardium, unspecified'],
        ['F19.20', true, 'Other psychoactive substance dependence, uncomplicated'],
        ['I10', true, 'Essential (primary) hypertension'],
      ],
      index: [
        { path: ['Pericarditis'], code: 'I31.9' },
        { path: ['Addiction'], code: 'F19.20' },
      ],
    },
    { tree: true },
  );
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => f.code);

  it.each([
    // A sentence naming nothing but a diagnosis is one more diagnosis of the item.
    ['Assessment:\n1. Chest pain - ACS ruled out. Pericarditis.', ['R07.9', 'I31.9']],
    // A sentence with words beside its diagnosis is the item's plan.
    ['Assessment:\n1. Hypertension. Addiction medicine consult.', ['I10']],
    ['Assessment:\n1. Hypertension. Addiction.', ['I10', 'F19.20']],
  ])('%j -> %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('findDiagnoses: plan lines inside the assessment', () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['I10', true, 'Essential (primary) hypertension'],
        ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
      ],
      index: [],
    },
    { tree: true },
  );
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => f.code);

  // An order, or an arrow to one, states no diagnosis: the plan's imperative verbs.
  it.each([
    ['Assessment:\nHypertension.\n -> increase lisinopril; type 2 diabetes mellitus screening next visit', ['I10']],
    ['Assessment:\nHypertension.\nContinue lisinopril; type 2 diabetes mellitus screening next visit', ['I10']],
    ['Assessment:\nHypertension.\nType 2 diabetes mellitus', ['I10', 'E11.9']],
    // A further short sentence naming a condition and the therapy it is on is a diagnosis; one with a plan is not.
    ['Assessment:\n1. Type 2 diabetes mellitus. Hypertension on lisinopril.', ['E11.9', 'I10']],
    ['Assessment:\n1. Type 2 diabetes mellitus. Hypertension, lisinopril increased.', ['E11.9']],
    // A follow-up "of" a condition is the visit's reason (IV.G); a follow-up in time or with someone is an order.
    ['Assessment:\n1. Follow-up of hypertension', ['I10']],
    ['Assessment:\n1. Type 2 diabetes mellitus\nFollow-up in 3 months, hypertension screening then', ['E11.9']],
  ])('%j -> %j', (text, want) => expect(found(text)).toEqual(want));
});

describe('findDiagnoses: a problem-oriented plan after the assessment', () => {
  const cs = kitCodeSets(
    {
      titles: [
        ['I10', true, 'Essential (primary) hypertension'],
        ['E03.9', true, 'Hypothyroidism, unspecified'],
      ],
      index: [],
    },
    { tree: true },
  );
  const found = (text: string) => findDiagnoses({ text, setting: 'office', patient: {} }, cs, sections(text)).map((f) => f.code);

  // A plan item opening its line with a condition and a dash states that problem as addressed (Weed's problem-oriented
  // record); an order, a topic label, a sentence further in a line, or a problem the assessment already names is not one.
  it.each([
    ['Assessment: Hypertension.\nPlan:\n- Hypothyroidism - stop levothyroxine (comfort focus).', ['I10', 'E03.9']],
    ['Assessment: Hypertension.\nPlan:\n- Continue levothyroxine for hypothyroidism - refill.', ['I10']],
    ['Assessment: Hypertension.\nPlan:\n- Hypothyroidism: TSH next visit.', ['I10']],
    ['Assessment: Hypertension.\nPlan: labs today. Hypothyroidism - TSH next visit.', ['I10']],
    ['Assessment: Hypertension.\nPlan:\n- Hypertension - continue lisinopril.', ['I10']],
    // A sentence that is nothing but a problem and its status, wherever it stands in the plan.
    ['Assessment: Hypothyroidism.\nPlan: refill. CAD - stable. Hypertension controlled.', ['E03.9', 'I10']],
    ['Assessment: Hypothyroidism.\nPlan:\nHypertension - well controlled', ['E03.9', 'I10']],
    ['Assessment: Hypothyroidism.\nPlan: BP controlled on lisinopril, continue.', ['E03.9']],
  ])('%j -> %j', (text, want) => expect(found(text)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('findDiagnoses: a poisoning\'s "- with" aside names its manifestations (I.C.19.e.5.b)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    ['Accidental poisoning by metoprolol - with sinus bradycardia and hypoglycemia', ['T44.7X1A', 'R00.1', 'E16.2']],
    ['Accidental poisoning by metoprolol - with sinus bradycardia', ['T44.7X1A', 'R00.1']],
    // Any other aside is the item's status or plan, not a condition of its own.
    ['Accidental poisoning by metoprolol - sinus bradycardia resolved, observe', ['T44.7X1A']],
  ])('%s -> %j', (item, want) => expect(codes(`Assessment:\n1. ${item}.\n`)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)('findDiagnoses: an organism named is no infection of unknown kind (I.A.9.b)', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // The Index reads an infection by its organism; one it does not place is no B99.9 "Unspecified infectious disease".
    ['RSV infection', []],
    ['Staphylococcal infection', []],
    ['Infection', ['B99.9']],
  ])('%s -> %j', (item, want) => expect(codes(`Assessment:\n1. ${item}.\n`)).toEqual(want));
});

describe.skipIf(!codeSetsBuilt)("findDiagnoses: a stroke's deficit keeps the symptom its I69 code asks for (I.C.9.d, I.A.13)", () => {
  const codes = icdCodesOfOfficeNote();
  it('I69.391 "use additional code to identify the type of dysphagia": R13.12 stays', () =>
    expect(codes('Assessment:\n1. Oropharyngeal dysphagia, sequela of old stroke.\n')).toEqual(['I69.391', 'R13.12']));
});
