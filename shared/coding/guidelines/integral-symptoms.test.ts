import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { integralSymptoms } from './integral-symptoms.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['J02.0', true, 'Streptococcal pharyngitis'],
    ['R50.9', true, 'Fever, unspecified'],
    ['R05.1', true, 'Acute cough'],
    ['M25.561', true, 'Pain in right knee'],
    ['M17.11', true, 'Unilateral primary osteoarthritis, right knee'],
    ['M17.12', true, 'Unilateral primary osteoarthritis, left knee'],
    ['M17.0', true, 'Bilateral primary osteoarthritis of knee'],
    ['M25.571', true, 'Pain in right ankle and joints of right foot'],
    ['S93.491A', true, 'Sprain of other ligament of right ankle, initial encounter'],
    ['Z96.652', true, 'Presence of left artificial knee joint'],
    ['R79.1', true, 'Abnormal coagulation profile'],
    ['T45.515A', true, 'Adverse effect of anticoagulants, initial encounter'],
    ['G81.91', true, 'Hemiplegia, unspecified affecting right dominant side'],
    ['R47.01', true, 'Aphasia'],
    ['T44.7X1A', true, 'Poisoning by beta-adrenoreceptor antagonists, accidental (unintentional), initial encounter'],
    ['R00.1', true, 'Bradycardia, unspecified'],
    ['E16.2', true, 'Hypoglycemia, unspecified'],
    ['E87.1', true, 'Hypo-osmolality and hyponatremia'],
    ['R41.0', true, 'Disorientation, unspecified'],
  ],
});

describe('integralSymptoms (I.B.5)', () => {
  it.each([
    ['Hyponatremia - correcting. Symptomatic on admission (confusion), now resolving.', ['E87.1']],
    ['Hyponatremia - correcting. Confusion since a fall last week.', ['E87.1', 'R41.0']],
  ])("a later sentence of a problem's line telling how it showed is that problem's: %s", (line, want) => {
    const text = `Assessment:\n${line}`;
    const ctx = kitContext(cs, ['E87.1', 'R41.0'], text);
    ctx.findings[0]!.start = text.indexOf('Hypo');
    ctx.findings[1]!.start = text.search(/confusion/i);
    ctx.findings[1]!.order = 2;
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });

  it.each([
    ['# Fever - see #1.', true],
    ['# Fever - see above, APAP PRN.', true],
    // A cause named may be a poisoning's manifestation (I.C.19.e.5.b): kept.
    ['# Fever - 2/2 #1, APAP PRN.', false],
    ['# Fever - workup pending.', false],
  ])("a symptom item that refers to another problem is that problem's: %s", (item, dropped) => {
    const text = `A/P:\n# Strep pharyngitis - amoxicillin.\n${item}`;
    const ctx = kitContext(cs, ['J02.0', 'R50.9'], text);
    ctx.findings[1]!.start = text.indexOf('Fever');
    integralSymptoms(ctx);
    expect(ctx.findings[1]!.dropped?.reason === 'integral-symptom').toBe(dropped);
  });

  it('drops a symptom found in the same statement as a definitive diagnosis', () => {
    const ctx = kitContext(cs, ['J02.0', 'R50.9'], 'Strep pharyngitis with fever');
    ctx.findings[1]!.order = ctx.findings[0]!.order;
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['J02.0']);
    expect(ctx.findings[1]!.dropped?.reason).toBe('integral-symptom');
  });

  it.each([
    [['J02.0', 'R50.9'], ['J02.0']],
    // I.C.19.e.5.a: an adverse effect's nature is coded, first; the T code explains no symptom away.
    [
      ['R79.1', 'T45.515A'],
      ['R79.1', 'T45.515A'],
    ],
    // I.C.19.e.5.b: a poisoning's manifestations are each coded after it; none is integral to another.
    [
      ['T44.7X1A', 'R00.1', 'E16.2'],
      ['T44.7X1A', 'R00.1', 'E16.2'],
    ],
    // Tabular G81: hemiplegia is coded beside the other deficits ("multiple coding"), not as their cause.
    [
      ['G81.91', 'R47.01'],
      ['G81.91', 'R47.01'],
    ],
  ])('a symptom in the statement of %j -> %j', (codes, want) => {
    const ctx = kitContext(cs, codes, 'Supratherapeutic INR due to warfarin (adverse effect); strep pharyngitis with fever');
    for (const f of ctx.findings) f.order = 1;
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });

  it.each([
    // I.B.5: pain of a joint is routinely part of a definitive diagnosis of that joint, on its side or both.
    [['M17.11', 'M25.561'], ['M17.11']],
    [['M17.0', 'M25.561'], ['M17.0']],
    [['S93.491A', 'M25.571'], ['S93.491A']],
    // Another side's diagnosis, or a status code, explains nothing of it.
    [
      ['M17.12', 'M25.561'],
      ['M17.12', 'M25.561'],
    ],
    [
      ['Z96.652', 'M25.561'],
      ['Z96.652', 'M25.561'],
    ],
  ])('joint pain beside a diagnosis of its site: %j -> %j', (codes, want) => {
    const ctx = kitContext(cs, codes, 'Assessment: knee and ankle.');
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });

  it('keeps a symptom stated on its own', () => {
    const ctx = kitContext(cs, ['J02.0', 'R05.1'], 'Strep pharyngitis. Cough.');
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['J02.0', 'R05.1']);
  });

  it('keeps symptoms a diagnosis asks for in its "use additional code" note (I.A.13, N40.1)', () => {
    const bph = kitCodeSets({
      titles: [
        ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
        ['R35.1', true, 'Nocturia'],
      ],
      notes: { N40: { useAdditional: ['code for associated symptoms, when specified: nocturia (R35.1)'] } },
    });
    const ctx = kitContext(bph, ['N40.1', 'R35.1'], 'BPH with LUTS (nocturia)');
    ctx.findings[1]!.order = ctx.findings[0]!.order;
    integralSymptoms(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['N40.1', 'R35.1']);
  });

  it('keeps a symptom the diagnosis names by code in its note, and severe sepsis beside its infection (I.C.1.d)', () => {
    const more = kitCodeSets({
      titles: [
        ['N40.1', true, 'Benign prostatic hyperplasia with lower urinary tract symptoms'],
        ['R35.1', true, 'Nocturia'],
        ['A41.51', true, 'Sepsis due to Escherichia coli [E. coli]'],
        ['R65.20', true, 'Severe sepsis without septic shock'],
      ],
      notes: { 'N40.1': { useAdditional: ['nocturia (R35.1)'] } },
    });
    for (const codes of [
      ['N40.1', 'R35.1'],
      ['A41.51', 'R65.20'],
    ]) {
      const ctx = kitContext(more, codes, 'one statement');
      ctx.findings[1]!.order = ctx.findings[0]!.order;
      integralSymptoms(ctx);
      expect(active(ctx).map((f) => f.code)).toEqual(codes);
    }
  });
});

describe.skipIf(!codeSetsBuilt)('integralSymptoms over the compiled code sets', () => {
  const codes = icdCodesOfOfficeNote();
  it.each([
    // I.B.5: the symptom a drug is given for, beside the diagnosis it belongs to.
    ['Ibuprofen/APAP for fever.', false],
    ['Acetaminophen PRN for fever.', false],
    // A symptom the plan only watches for is not coded either; one stated on its own is.
    ['Fever since yesterday - will recheck.', true],
    // One its item attributes to the diagnosis coded above is that disease process's; one attributed to a drug stays.
    ['Fever - likely assoc w/ otitis media, APAP PRN.', false],
    ['Fever - due to amoxicillin? rash absent.', true],
  ])('Acute suppurative otitis media, right ear. %s -> fever coded: %s', (line, coded) => {
    expect(codes(`A/P:\n1. Acute suppurative otitis media, right ear, amoxicillin.\n2. ${line}\n`).includes('R50.9')).toBe(coded);
  });

  it.each([
    // I.B.6: R18's Excludes1 sends ascites "in alcoholic cirrhosis" to K70.31, so ascites is a complication of
    // cirrhosis, coded beside another kind of it; a sign whose Excludes1 names no such kind stays integral.
    ['Cirrhosis with ascites', ['K74.60', 'R18.8']],
    ['Cirrhosis complicated by ascites', ['K74.60', 'R18.8']],
    ['Alcoholic cirrhosis with ascites', ['K70.31']],
    ['Psychosis with hallucinations', ['F29']],
  ])('%s -> %j', (line, want) => {
    expect(codes(`A/P:\n1. ${line}\n`)).toEqual(want);
  });
});
