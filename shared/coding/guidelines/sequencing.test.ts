import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import type { Finding } from '../finding.ts';
import { active } from './rule.ts';
import { meta, rank, sequencing } from './sequencing.ts';

// Titles as the FY2026 tabular has them; the N18 "code first" note as the tabular writes it.
const cs = kitCodeSets({
  titles: [
    ['I10', true, 'Essential (primary) hypertension'],
    ['E78.5', true, 'Hyperlipidemia, unspecified'],
    ['Z00.01', true, 'Encounter for general adult medical examination with abnormal findings'],
    ['Z00.00', true, 'Encounter for general adult medical examination without abnormal findings'],
    ['Z79.4', true, 'Long term (current) use of insulin'],
    ['Z68.41', true, 'Body mass index [BMI] 40.0-44.9, adult'],
    ['E66.01', true, 'Morbid (severe) obesity due to excess calories'],
    ['W19.XXXA', true, 'Unspecified fall, initial encounter'],
    ['S52.521A', true, 'Torus fracture of lower end of right radius, initial encounter for closed fracture'],
    ['T46.6X5A', true, 'Adverse effect of antihyperlipidemic and antiarteriosclerotic drugs, initial encounter'],
    ['M79.10', true, 'Myalgia, unspecified site'],
    ['N18.31', true, 'Chronic kidney disease, stage 3a'],
    ['I12.9', true, 'Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease'],
    ['G63', true, 'Polyneuropathy in diseases classified elsewhere'],
    ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
    ['B96.20', true, 'Unspecified Escherichia coli [E. coli] as the cause of diseases classified elsewhere'],
    ['N39.0', true, 'Urinary tract infection, site not specified'],
    ['O24.410', true, 'Gestational diabetes mellitus in pregnancy, diet controlled'],
    ['O09.512', true, 'Supervision of elderly primigravida, second trimester'],
    ['I85.11', true, 'Secondary esophageal varices with bleeding'],
    ['A40.3', true, 'Sepsis due to Streptococcus pneumoniae'],
    ['J13', true, 'Pneumonia due to Streptococcus pneumoniae'],
    ['O86.04', true, 'Sepsis following an obstetrical procedure'],
    ['K70.30', true, 'Alcoholic cirrhosis of liver without ascites'],
    ['K70.31', true, 'Alcoholic cirrhosis of liver with ascites'],
    ['K76.6', true, 'Portal hypertension'],
  ],
  notes: { N18: { codeFirst: ['hypertensive chronic kidney disease (I12.-, I13.-)'] }, 'I85.1': { codeFirst: ['underlying disease'] } },
});

/** Codes in note order -> the code the rule lists first, and what stays reportable. */
const run = (codes: string[]) => {
  const ctx = kitContext(cs, codes);
  sequencing(ctx);
  const kept = active(ctx).sort((a, b) => a.order - b.order);
  return { first: kept[0]?.code, kept: kept.map((f) => f.code).sort() };
};

describe('sequencing (Section IV.G with I.C.21.c.15, I.C.20, I.C.19.e.5, I.A.13)', () => {
  it.each([
    // IV.G: the note's order stands when nothing overrides it.
    [['I10', 'E78.5'], 'I10'],
    // I.C.21.c.15: a general examination is only ever first.
    [['Z00.01', 'I10'], 'Z00.01'],
    // I.C.21.c.3: status and BMI codes qualify a condition.
    [['Z79.4', 'Z68.41', 'E66.01'], 'E66.01'],
    // I.C.20: an external cause never goes first.
    [['W19.XXXA', 'S52.521A'], 'S52.521A'],
    // I.C.19.e.5.a: the nature of the adverse effect goes first.
    [['T46.6X5A', 'M79.10'], 'M79.10'],
    // I.A.13 / tabular "code first" at N18: hypertensive CKD before the stage.
    [['N18.31', 'I12.9'], 'I12.9'],
    // I.A.13: a manifestation follows its etiology; I.C.1: B95-B97 follow the infection.
    [['G63', 'E11.9'], 'E11.9'],
    [['B96.20', 'N39.0'], 'N39.0'],
  ])('%j -> %s first', (codes, first) => expect(run(codes).first).toBe(first));

  it.each([
    // I.C.1.d.4: sepsis and the localized infection named together: the systemic infection first.
    [['J13', 'A40.3'], true, 'A40.3'],
    // Sepsis named only in a later statement (it followed the admission's pneumonia) leaves the order.
    [['J13', 'A40.3'], false, 'J13'],
    // An obstetric code keeps its place (I.C.15.d).
    [['O86.04', 'A40.3'], true, 'O86.04'],
  ])('%j named in one statement: %s -> %s first (I.C.1.d.4)', (codes, together, first) => {
    const ctx = kitContext(cs, codes);
    if (together) for (const f of ctx.findings) f.order = 1;
    sequencing(ctx);
    expect(active(ctx).sort((a, b) => a.order - b.order)[0]?.code).toBe(first);
  });

  it('lists the reason for the procedure first at a procedure encounter, not at an office visit (IV.A.1)', () => {
    const text = 'Impression:\n1. Essential hypertension\n2. Myalgia\n\nProcedure - trigger point injection for myalgia: consent.';
    const first = (setting: 'office' | 'procedure') => {
      const ctx = kitContext(cs, ['I10', 'M79.10'], text, { setting });
      const [htn, other] = ctx.findings as [Finding, Finding];
      Object.assign(htn, { start: text.indexOf('Essential'), end: text.indexOf('hypertension') + 12 });
      Object.assign(other, { start: text.indexOf('Myalgia'), end: text.indexOf('Myalgia') + 7 });
      sequencing(ctx);
      return active(ctx).sort((a, b) => a.order - b.order)[0]?.code;
    };
    expect(first('office')).toBe('I10');
    expect(first('procedure')).toBe('M79.10');
  });

  it('lists the O09 supervision code first at a routine prenatal outpatient visit, not in the hospital (I.C.15.b.2)', () => {
    const first = (setting: 'office' | 'inpatient-progress', codes = ['M79.10', 'O09.512']) => {
      const ctx = kitContext(cs, codes, 'OB VISIT - ROUTINE PRENATAL', { setting });
      sequencing(ctx);
      return active(ctx).sort((a, b) => a.order - b.order)[0]?.code;
    };
    expect(first('office')).toBe('O09.512');
    expect(first('inpatient-progress')).toBe('M79.10');
    // A complication of the pregnancy the visit monitors is its principal reason (I.C.15.b.3).
    expect(first('office', ['O24.410', 'O09.512'])).toBe('O24.410');
  });

  it('lists first the disease a manifestation\'s statement names as its cause, for a "code first underlying disease" note (I.A.13)', () => {
    const text = '#Bleeding esophageal varices secondary to alcoholic cirrhosis - s/p EBL.\n#Alcoholic cirrhosis w/ ascites.';
    const ctx = kitContext(cs, ['I85.11', 'K70.30', 'K70.31'], text);
    const [varices, cause, other] = ctx.findings as [Finding, Finding, Finding];
    const line = { start: 0, end: text.indexOf('\n') };
    Object.assign(varices, { start: 1, end: 29, stmt: line, order: 1 });
    Object.assign(cause, {
      start: text.indexOf('alcoholic'),
      end: text.indexOf(' - '),
      stmt: line,
      order: 1,
      dropped: { reason: 'other', why: 'K70.31 documents more' },
    });
    Object.assign(other, { start: text.lastIndexOf('Alcoholic'), end: text.length, order: 2 });
    sequencing(ctx);
    expect(active(ctx).sort((a, b) => a.order - b.order)[0]?.code).toBe('K70.31');
  });

  it('along a chain of causes, lists first the last one: the underlying disease (I.A.13)', () => {
    const text = '1. Esophageal variceal hemorrhage, secondary to portal hypertension from alcoholic cirrhosis w/ ascites.';
    const ctx = kitContext(cs, ['I85.11', 'K76.6', 'K70.31'], text);
    const [varices, portal, cirrhosis] = ctx.findings as [Finding, Finding, Finding];
    const line = { start: 0, end: text.length };
    const at = (w: string, to: string) => ({ start: text.indexOf(w), end: text.indexOf(to) + to.length, stmt: line, order: 1 });
    Object.assign(varices, at('Esophageal', 'hemorrhage'));
    Object.assign(portal, at('portal', 'hypertension'));
    Object.assign(cirrhosis, at('alcoholic', 'ascites'));
    sequencing(ctx);
    expect(active(ctx).sort((a, b) => a.order - b.order)[0]?.code).toBe('K70.31');
  });

  it('drops a first-only exam code the note states after the problems it addressed (I.C.21.c.15)', () => {
    expect(run(['I10', 'E78.5', 'Z00.00'])).toEqual({ first: 'I10', kept: ['E78.5', 'I10'] });
  });

  it("lists a statement's leading diagnosis first among codes of the same statement", () => {
    const ctx = kitContext(cs, ['I10', 'E66.01']);
    ctx.findings[0]!.start = 20;
    ctx.findings[1]!.start = 0;
    ctx.findings.forEach((f) => {
      f.order = 1;
    });
    sequencing(ctx);
    expect(active(ctx).sort((a, b) => a.order - b.order)[0]!.code).toBe('E66.01');
  });

  it('ranks by the guideline tiers', () => {
    expect([rank('Z00.121', ''), rank('I10', ''), rank('Z87.891', ''), rank('T46.6X5A', ''), rank('T39.1X2A', ''), rank('R65.20', '')]).toEqual([
      0, 2, 4, 4, 2, 4,
    ]);
    expect(meta.sources.every((s) => s.startsWith('ICD-10-CM'))).toBe(true);
  });

  it("ranks a malignancy's receptor and hormone status and a drug resistance after the condition they qualify", () => {
    expect([rank('Z19.1', ''), rank('Z17.0', ''), rank('Z16.11', ''), rank('Z11.3', ''), rank('C61', '')]).toEqual([4, 4, 4, 2, 2]);
  });
});
