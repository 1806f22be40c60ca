import { describe, expect, it } from 'vitest';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { isEm } from '../eval/score.ts';
import { procedures } from './index.ts';

const codeSets = {
  hcpcs: (code: string) => (/^G000[89]$/.test(code) ? { system: 'HCPCS', code, title: code, short: code, year: 'test' } : null),
  hcpcsTitles: () => [],
  hcpcsYearFor: () => 'test',
} as unknown as CodeSets;
const visit = (text: string, setting: ClinicalDocument['setting'] = 'office', age = 45) =>
  procedures({ text, setting, patient: { age } }, codeSets, []).suggestions;

describe('E/M level of whole visits', () => {
  it.each([
    ['one stable chronic illness with a refill', 'Assessment:\n1. HTN - well controlled. Refill lisinopril 10 mg daily.', 'office', '99213'],
    [
      'two stable chronic illnesses with prescription management',
      'Assessment:\n1. HTN - at goal, continue lisinopril 10 mg.\n2. T2DM - A1c 6.8, continue metformin 500 mg BID.',
      'office',
      '99214',
    ],
    [
      'an ED sprain read by the physician, OTC analgesia',
      'XR L ankle (my read): no fracture.\nImpression:\n1. Sprain of L ankle.\nPlan: ibuprofen OTC, ice, elevation.',
      'ed',
      '99283',
    ],
    [
      'an ED visit with a threat to life and admission',
      'Troponin 2.1, ECG: ST depression.\nImpression:\n1. NSTEMI.\nPlan: heparin drip, cardiology consulted, agrees. Admit to CCU.',
      'ed',
      '99285',
    ],
    [
      'a hospital day with a threat and an escalation decision',
      'A/P:\n1. Acute hypoxic respiratory failure - worsening; escalation to ICU if FiO2 rises.',
      'inpatient-progress',
      '99233',
    ],
    // AMA: an illness needing hospital treatment threatens bodily function in the near term without it, whatever its name.
    [
      'an ED patient admitted has a threat to bodily function',
      'Lipase 1,900.\nImpression:\n1. Acute pancreatitis with fever.\nPlan: IV fluids, admit to medicine.',
      'ed',
      '99285',
    ],
    [
      'an admission weighed and not chosen is no such threat',
      'Lipase 1,900.\nImpression:\n1. Acute pancreatitis with fever.\nPlan: admission vs discharge discussed; tolerating PO, discharged home.',
      'ed',
      '99284',
    ],
    ['a new patient named in the header', 'NEW PATIENT VISIT\nAssessment:\n1. Acute cystitis. Nitrofurantoin 100 mg BID x 5 d.', 'office', '99203'],
  ])('%s -> %s', (_why, text, setting, want) => {
    const em = visit(text, setting as ClinicalDocument['setting']).find((s) => s.system === 'CPT' && isEm(s.code))!;
    expect(em.code).toBe(want);
    for (const e of em.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  // CPT surgical package: the surgeon's postoperative follow-up is included, reported as 99024 with no leveled E/M.
  it.each([
    ['Post-op visit\nS: 13 days s/p lap chole.\nA: Routine post-op course. Activity as tolerated.', 'office', '99024'],
    ['Ortho post-op (global)\n6 wk s/p R TKA. ROM 0-115.\nA/P: TKA recovering well. PT to continue.', 'telehealth', '99024'],
    // Named only by the time since an operation, the visit may be for another problem: leveled as usual.
    ['4 wks s/p ORIF L wrist, here for shoulder pain.\nA/P: 1. Impingement R shoulder - start meloxicam 15 mg daily.', 'office', '99213'],
    // The ED is not the surgeon's package.
    ['Post-op wound check, 9 d after hernia repair, wound red.\nImpression: wound cellulitis. Cephalexin 500 mg QID.', 'ed', '99283'],
  ])('a visit opening "%s" (%s) is %s', (text, setting, want) => {
    const cpt = visit(text, setting as ClinicalDocument['setting']).filter((s) => s.system === 'CPT' && (isEm(s.code) || s.code === '99024'));
    expect(cpt.map((s) => s.code)).toEqual([want]);
  });

  it('counts two chronic illnesses the codes of one problem item name (AMA: two or more stable chronic illnesses)', () => {
    const text = 'Assessment:\n1. T2DM w/ diabetic CKD stage 3a - A1c 6.9, eGFR 52 stable. Continue metformin 500 mg BID.';
    const coded = (code: string, words: string) => {
      const start = text.indexOf(words);
      return { system: 'ICD-10-CM', code, recommended: true, evidence: [{ start, end: start + words.length, text: words }] };
    };
    const level = (icd: unknown[]) =>
      procedures({ text, setting: 'office', patient: { age: 45 } }, codeSets, icd as Suggestion[]).suggestions.find((s) => isEm(s.code))?.code;
    expect(level([coded('E11.22', 'T2DM w/ diabetic CKD')])).toBe('99213');
    expect(level([coded('E11.22', 'T2DM w/ diabetic CKD'), coded('N18.31', 'CKD stage 3a')])).toBe('99214');
  });

  it('reports a vaccine by its administration code, not a therapeutic injection, and no 99211 for a nurse-only vaccine visit', () => {
    const text = 'NURSE VISIT - Medicare Part B\nVaccines administered:\n1. Pneumococcal - Prevnar 20 (PCV20, 0.5 mL) IM, L deltoid given. Lot LM4402.';
    const codes = visit(text, 'office', 71).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['90677', 'G0009']));
    expect(codes).not.toContain('96372');
    expect(codes).not.toContain('99211');
  });
});

describe('E/M beside a minor procedure (CPT: a significant, separately identifiable service, modifier 25)', () => {
  const injection = 'PROCEDURE: R knee intra-articular injection, 40 mg triamcinolone acetonide + 4 mL 1% lidocaine injected. Tolerated well.';
  const em = (items: string) =>
    visit(`A/P\n${items}\n\n${injection}`)
      .filter((s) => s.system === 'CPT' && isEm(s.code))
      .map((s) => `${s.code}${s.modifiers ? `-${s.modifiers.join('')}` : ''}`);
  it.each([
    ["the procedure's own problem only: in its global package", '1. Primary OA R knee - repeat CSI today.', 0],
    ['a vaccine given beside it is no problem managed', '1. Primary OA R knee - repeat CSI today.\n2. Tetanus booster due - Tdap given.', 0],
    [
      'another problem managed beside it: its own E/M, modifier 25',
      '1. Primary OA R knee - repeat CSI today.\n2. Sprain L ATFL, healing - continue brace, start home strengthening program, OTC naproxen PRN.',
      1,
    ],
  ])('%s', (_why, items, n) => {
    const got = em(items);
    expect(got).toHaveLength(n);
    if (n) expect(got[0]).toMatch(/-25$/);
  });
});
