import { describe, expect, it } from 'vitest';
import { sections } from './sections.ts';
import { segments } from './segments.ts';

const note = `CC: f/u\nHPI: doing ok. Denies chest pain.\nROS: negative except as in HPI.\nFAMILY HISTORY: Mother had breast cancer.\nASSESSMENT AND PLAN:\n1. Hypertension - controlled; continue lisinopril.\n2. Hyperlipidemia, LDL 8.8 - continue statin.\n`;

describe('sections and segments', () => {
  it('finds the note sections by their headers', () => {
    expect(sections(note).map((s) => s.kind)).toEqual(['cc', 'hpi', 'ros', 'fhx', 'assessment']);
  });

  it('splits the assessment into items whose head is the diagnosis statement', () => {
    const a = sections(note).find((s) => s.kind === 'assessment')!;
    const heads = segments(note, a).map((g) => note.slice(g.start, g.headEnd));
    expect(heads[0]).toBe('Hypertension');
    expect(heads[1]).toBe('Hyperlipidemia, LDL 8.8');
  });

  it.each([
    [
      'Assessment: 1. Type 2 diabetes. 2. Essential hypertension, above goal. 3. Hyperlipidemia.',
      ['Type 2 diabetes.', 'Essential hypertension, above goal.', 'Hyperlipidemia.'],
      [false, false, false],
    ],
    ['Assessment: 1) Asthma. Refill inhaler. (2) GERD.', ['Asthma.', 'Refill inhaler.', 'GERD.'], [false, true, false]],
    ['Assessment: A1c 7.9. 2 weeks of cough.', ['A1c 7.9.', '2 weeks of cough.'], [false, false]],
    // A "#" problem written against its word is an item too: its further sentences are plan.
    ['A/P:\n#Alcohol dependence w/ withdrawal. Addiction med consult.', ['Alcohol dependence w/ withdrawal.', 'Addiction med consult.'], [false, true]],
  ])('splits a problem list run together on one line: %s', (text, expected, cont) => {
    const a = sections(text).find((s) => s.kind === 'assessment')!;
    const segs = segments(text, a);
    expect(segs.map((g) => text.slice(g.start, g.end))).toEqual(expected);
    expect(segs.map((g) => g.cont)).toEqual(cont);
  });

  it.each([
    ['ASSESSMENT / RECOMMENDATIONS\n1. Hypertension.', 'assessment'],
    ['Impression/Plan: Hypertension.', 'assessment'],
    ['Imp/Plan:\nAdhesive partial SBO - resolving.', 'assessment'],
    ['Impression and plan: Hypertension.', 'assessment'],
    ['A: Hypertension.', 'assessment'],
    ['PLAN/DISPOSITION: home.', 'plan'],
    ['Indication: end-stage osteoarthritis of the knee.', 'cc'],
    ['Reason for consultation: atrial fibrillation.', 'cc'],
    ['Problem list: T2DM; HTN.', 'pmh'],
    ['Allergy list: eggs (hives as a child).', 'allergies'],
    ['ALLERGIC REACTIONS: codeine (nausea).', 'allergies'],
    ['Interval (per wife): more "off" time with freezing at doorways.', 'hpi'],
    ['Labs (drawn today): A1c 7.2.', 'results'],
    // An assessment's aside with a date and punctuation (a copied-forward list updated).
    ['A/P (copied forward from H&P 12/03, updated):\n1. COPD exacerbation.', 'assessment'],
    // A charting style before the heading (problem-oriented record).
    ['Problem-based A/P:\n\nAcute on chronic systolic HF.', 'assessment'],
    ['Problem-oriented assessment: HTN.', 'assessment'],
    ['Interval history: doing well.', 'hpi'],
    ['Dx: breast cancer.\nInterval hx: new low back pain.', 'hpi'],
    // "Dx" is diagnosis (medical-abbreviations): a procedure note's pre- and postoperative diagnoses.
    ['Pre-op dx: Basal cell carcinoma, nodular, L nasal ala.', 'assessment'],
    ['Post-op dx: Nodular basal cell carcinoma - clear margins.', 'assessment'],
    // A compound heading naming the diagnoses anywhere carries them.
    ['Findings/Dx:\n- Mild BPH, non-obstructing.', 'assessment'],
    ['FORMULATION\nAlzheimer disease, late onset.', 'assessment'],
    ['FINAL ASSESSMENT\nAsthma.', 'assessment'],
    // The assessment's and plan's names alone on a line, without a colon, in any case.
    ['Labs: Cr 1.0.\nImpression\n1. Acute esophageal variceal hemorrhage.', 'assessment'],
    ['Impression\n1. COPD.\nRecommendations\n- nebs', 'plan'],
    // An assessment that only defers to the problem list above makes that list its own.
    ['PROBLEM LIST (carried fwd):\n1. Rhabdomyolysis - IVF.\nA/P: main issue today as above. Other problems as above.', 'assessment'],
    // A summary statement where no heading names the assessment.
    ['Exam: pale.\nThis is a 70M with bleeding gastric ulcer. Plan: PPI.', 'assessment'],
    ['Exam: pale.\nIn summary, community-acquired pneumonia.', 'assessment'],
    // "#" problems after a heading line, in a note with no assessment heading.
    ['O: BP 132/68.\nProblem list (copied from H&P, updated):\n#Acute on chronic systolic HF - improving.', 'assessment'],
    ['I saw her for her lung disease. She has emphysema. My impression is stable emphysema.', 'assessment'],
    // SOAP letters with a parenthesis.
    ['S) Mom reports goopy eyes.\nA) \nL acute otitis media', 'assessment'],
    ['S) Mom reports goopy eyes.\nA) \nL acute otitis media', 'hpi'],
  ])('reads a heading, compound or SOAP: %s -> %s', (text, kind) => {
    expect(sections(text).map((s) => s.kind)).toContain(kind);
  });

  it.each([
    // Problem-oriented charting: a paragraph of "#" items is the assessment when no heading names one.
    ['HPI: f/u.\nExam: BP 120/80.\n\n# Hypertension - continue lisinopril.\n# HLD.', ['hpi', 'exam', 'assessment']],
    ['Exam: BP 120/80.\n\n#1 Hypertension.', ['exam', 'assessment']],
    // A heading names it already, or "#" is no item ("#2 pencil" inside a line), or no paragraph opens with it.
    ['Exam: normal.\nAssessment:\n# HTN.', ['exam', 'assessment']],
    ['Exam: BP 120/80, #2 views normal.', ['exam']],
    // A problem list heading, with or without an aside, is the assessment when no heading names one.
    ['Labs: K 4.6.\n\nProblem list (copied forward):\n1. Acute on chronic diastolic HF - improving w/ UF.', ['results', 'assessment']],
    ['Problems addressed today:\n1. Hypertension - at goal.', ['assessment']],
    // Beside an assessment heading it stays the past history.
    ['Problem list:\nHTN; HLD\nAssessment:\n1. Hypertension.', ['pmh', 'assessment']],
    // SOAP letters with a dash, when two or more open lines; one lettered line alone is a list's.
    ['S - FB sensation R eye.\nO - VA 20/30.\nA - R corneal abrasion\nP - erythromycin', ['hpi', 'exam', 'assessment', 'plan']],
    ['Exam: normal.\nA - 1 mm lesion, benign.', ['exam']],
  ])('%j -> %j', (text, kinds) => {
    expect(sections(text).map((s) => s.kind)).toEqual(kinds);
  });

  it('reads "#" problem items as items', () => {
    const text = 'Assessment:\n# Hypertension - continue lisinopril. Recheck BP.\n#2 Hyperlipidemia.';
    const a = sections(text).find((s) => s.kind === 'assessment')!;
    const segs = segments(text, a);
    expect(segs.map((g) => text.slice(g.start, g.headEnd))).toEqual(['Hypertension', 'Recheck BP.', 'Hyperlipidemia.']);
    expect(segs.map((g) => g.cont)).toEqual([false, true, false]);
  });

  it('keeps a "?" against a word inside its statement (doubt), and ends a sentence at "? "', () => {
    const text = 'A:\n- ?early hidradenitis suppurativa - doubt.\n- Cough? Better today.';
    const a = sections(text).find((s) => s.kind === 'assessment')!;
    expect(segments(text, a).map((g) => text.slice(g.start, g.headEnd))).toEqual(['?early hidradenitis suppurativa', 'Cough?', 'Better today.']);
  });

  it('keeps a "?" standing alone before a word with it ("; ? NASH")', () => {
    const text = 'A:\n- Hepatic steatosis; ? NASH - FIB-4 low.\n- Is it gout? Yes.';
    const a = sections(text).find((s) => s.kind === 'assessment')!;
    expect(segments(text, a).map((g) => text.slice(g.start, g.end))).toEqual(['Hepatic steatosis; ? NASH - FIB-4 low.', 'Is it gout?', 'Yes.']);
  });
});

describe('a letter\'s "My impression is"', () => {
  it('opens the assessment after its lead-in words, mid-paragraph', () => {
    const text = 'Dear Dr. L,\nI saw her in follow-up of her lung disease. My impression is stable emphysema. Return in 6 months.';
    const a = sections(text).find((s) => s.kind === 'assessment')!;
    expect(text.slice(a.bodyStart, a.end)).toBe(' stable emphysema. Return in 6 months.');
  });
});

describe('an assessment deferring to the problem list above', () => {
  const kinds = (text: string) => sections(text).map((s) => `${s.kind}:${text.slice(s.start, s.start + 4)}`);
  it.each([
    ['PROBLEM LIST (carried fwd):\n1. Rhabdomyolysis - IVF.\nA/P: main issue today as above. Other problems as above.', ['assessment:PROB', 'assessment:A/P:']],
    // An assessment with its own list keeps the problem list as history.
    [
      'Problem list:\n1. HTN.\nA/P:\n1. Pneumonia - ceftriaxone; HTN as above.\n2. AKI - IVF, BMP in AM, hold lisinopril, renal US, strict I/O; nephrology if Cr rises further.\n3. Hyperkalemia - Lokelma.',
      ['pmh:Prob', 'assessment:A/P:'],
    ],
  ])('%s', (text, want) => expect(kinds(text)).toEqual(want));
});
