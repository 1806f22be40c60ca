import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSets } from '../../../cli/codesets/load.ts';
import { codeSetsBuilt, indexCode } from '../../../test/support/built-code-sets.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { Finding } from '../finding.ts';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { historyAndFamily } from './history-family.ts';
import { active } from './rule.ts';

const cs = kitCodeSets({
  titles: [
    ['I82.401', true, 'Acute embolism and thrombosis of unspecified deep veins of right lower extremity'],
    ['Z86.718', true, 'Personal history of other venous thrombosis and embolism'],
    ['E11.9', true, 'Type 2 diabetes mellitus without complications'],
    ['Z83.3', true, 'Family history of diabetes mellitus'],
    ['C18.9', true, 'Malignant neoplasm of colon, unspecified'],
    ['Z80.0', true, 'Family history of malignant neoplasm of digestive organs'],
    ['Z80.9', true, 'Family history of malignant neoplasm, unspecified'],
    ['K63.5', true, 'Polyp of colon'],
    ['Z86.0100', true, 'Personal history of colon polyps, unspecified'],
    ['Z12.11', true, 'Encounter for screening for malignant neoplasm of colon'],
    ['F10.20', true, 'Alcohol dependence, uncomplicated'],
    ['F10.21', true, 'Alcohol dependence, in remission'],
    ['F14.10', true, 'Cocaine abuse, uncomplicated'],
    ['F14.11', true, 'Cocaine abuse, in remission'],
    ['Z85.038', true, 'Personal history of other malignant neoplasm of large intestine'],
  ],
});
const run = (code: string, status: Finding['status'], text: string, section: Finding['section'] = 'assessment') => {
  const ctx = kitContext(cs, [code], text);
  ctx.findings[0]!.status = status;
  ctx.findings[0]!.section = section;
  historyAndFamily(ctx);
  return active(ctx).map((f) => `${f.code}${f.recommended === false ? '?' : ''}`);
};

describe('historyAndFamily (I.C.21.c.4)', () => {
  it.each([
    ['I82.401', 'history', 'History of DVT', 'assessment', ['Z86.718']],
    ['E11.9', 'family-history', 'Mother with diabetes', 'assessment', ['Z83.3']],
    // From the family history too (whether it is recommended is family-relevance.ts's call).
    ['E11.9', 'family-history', 'Mother with diabetes', 'fhx', ['Z83.3']],
    ['C18.9', 'family-history', 'Father had colon cancer', 'assessment', ['Z80.0']],
    ['E11.9', 'affirmed', 'Type 2 diabetes', 'assessment', ['E11.9']],
    // An encounter code is no condition with a history of its own (I.C.21.c.4).
    ['Z12.11', 'family-history', 'Screening colonoscopy; FHx colon cancer', 'assessment', []],
    // No table entry: the history category is searched with the condition's own words.
    ['K63.5', 'history', 'colon polyps', 'assessment', ['Z86.0100']],
    // Index: History, personal, alcohol dependence F10.21; drug dependence - see Dependence, drug, by type, in
    // remission; substance abuse NEC - F10-F19 with fifth character 1.
    ['F10.20', 'history', 'H/o alcohol dependence', 'assessment', ['F10.21']],
    ['F14.10', 'history', 'History of cocaine abuse', 'assessment', ['F14.11']],
    // A stated family history matched to the unspecified site takes the site group the note names.
    ['Z80.9', 'affirmed', 'Family history of colon cancer', 'assessment', ['Z80.0']],
  ] as const)('%s %s "%s" (%s) -> %j', (code, status, text, section, want) => expect(run(code, status, text, section)).toEqual(want));

  // A problem resolved during this stay is no past condition; one resolved before an office visit is (I.C.21.c.4).
  it.each([
    ['office', ['Z86.718']],
    ['inpatient-progress', []],
  ] as const)('a DVT resolved, in an assessment of a %s note -> %j', (setting, want) => {
    const ctx = kitContext(cs, ['I82.401'], 'Assessment:\n2. DVT R leg - resolved', { setting });
    ctx.findings[0]!.status = 'resolved';
    historyAndFamily(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(want);
  });

  it('I.C.2.d: no history code for a site whose malignancy the note reports as current', () => {
    const text = 'Metastatic colon cancer on FOLFOX. h/o colon cancer - see #1.';
    const ctx = kitContext(cs, ['C18.9', 'C18.9'], text);
    ctx.findings[1]!.status = 'history';
    historyAndFamily(ctx);
    expect(active(ctx).map((f) => f.code)).toEqual(['C18.9']);
    // Without the current code, the history is coded.
    expect(run('C18.9', 'history', 'h/o malignant neoplasm of large intestine')).toEqual(['Z85.038']);
  });
});

describe.skipIf(!codeSetsBuilt)('historyAndFamily against the compiled code sets', () => {
  let real: CodeSets;
  beforeAll(async () => {
    real = await loadCodeSets();
  }, 60_000);
  const runReal = (code: string, status: Finding['status'], text: string) => {
    const ctx = kitContext(real, [code], text);
    ctx.findings[0]!.status = status;
    historyAndFamily(ctx);
    return active(ctx).map((f) => f.code);
  };

  it.each([
    // A stroke or infarction dated before the visit is over (I.C.21.c.4; I.C.9.e.4: four weeks acute).
    ['I63.9', 'CVA in 2015', ['Z86.73']],
    ['I21.9', 'MI 3 years ago', ['I25.2']],
    ['I21.4', 'NSTEMI 2 days ago', ['I21.4']],
    // A clot still treated months on is current.
    ['I82.409', 'DVT in 2020, on apixaban', ['I82.409']],
  ])('%s "%s" -> %j', (code, text, want) => expect(runReal(code, 'affirmed', text)).toEqual(want));

  it('a condition the Index does not list under History is reached through its ancestors (S06 includes "traumatic brain injury")', () => {
    const want = indexCode(real, ['History', 'personal', 'traumatic brain injury']);
    expect(want).toBe('Z87.820');
    expect(runReal('S06.0X9A', 'history', 'Hx prior concussion')).toEqual([want]);
  });

  it('I.A.14 "and" is and/or: adenomatous polyps take Z86.0101 ("adenomatous and serrated"), a FY2026 code the FY2017 Index lacks', () => {
    expect(real.icd('Z86.0101')?.title).toMatch(/adenomatous and serrated colon polyps/);
    expect(runReal('D12.6', 'history', 'Hx adenomatous colon polyps')).toEqual(['Z86.0101']);
    expect(runReal('D12.6', 'history', 'Hx colon polyps')).toEqual(['Z86.0100']);
  });

  it('reads a code\'s Index names for its history: a colon adenoma is "Polyp, colon, adenomatous" (D12.6), so Z86.0101', () => {
    expect(indexCode(real, ['Polyp, polypus', 'colon', 'adenomatous'])).toBe('D12.6');
    expect(runReal('D12.6', 'history', 'Hx of colon adenomas')).toEqual(['Z86.0101']);
  });

  it.each([
    ['Z87.898', 'Personal hx'],
    ['Z84.89', 'Family hx'],
  ])('%s from "%s" alone: a history word names no condition', (code, text) => {
    expect(runReal(code, 'affirmed', text)).toEqual([]);
  });

  it.each([
    // Index: History, personal, fracture (healed), <kind>: the kind said in the statement, else the current code's chapter.
    ['S72.009A', 'h/o hip fx', ['History', 'personal', 'fracture', 'traumatic']],
    ['S72.009A', 'h/o hip fx (fragility)', ['History', 'personal', 'fracture', 'fragility']],
    ['M80.08XA', 'h/o vertebral fx', ['History', 'personal', 'fracture', 'osteoporosis']],
    ['S92.323A', 'h/o stress fracture of the 2nd metatarsal', ['History', 'personal', 'fracture', 'stress']],
  ])('%s "%s" -> the Index\'s %j', (code, text, path) => {
    const want = indexCode(real, path);
    expect(want).toMatch(/^Z87\./);
    expect(runReal(code, 'history', text)).toEqual([want]);
  });

  it('a cancer history takes the site its current code names where the note says only the part ("SCC R forearm": skin)', () => {
    const want = indexCode(real, ['History', 'personal', 'malignant neoplasm', 'skin NEC']);
    expect(want).toBe('Z85.828');
    expect(runReal('C44.622', 'history', 'Hx SCC R forearm 2020 - excised, clear')).toEqual([want]);
  });

  it('a fracture named as the cause of a residual condition is its sequela, not a history (I.B.10)', () => {
    expect(runReal('S82.851A', 'history', 'Post-traumatic OA R ankle, sequela of old trimalleolar fx')).toEqual([]);
  });

  it('a history code that names its condition stays', () => {
    expect(runReal('Z87.891', 'affirmed', 'History of nicotine dependence')).toEqual(['Z87.891']);
  });
});
