import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext } from '../../../test/support/coding-kit.ts';
import { active } from './rule.ts';
import { strokeSequelae } from './stroke-sequelae.ts';

const cs = kitCodeSets({
  titles: [
    ['I63.9', true, 'Cerebral infarction, unspecified'],
    ['Z86.73', true, 'Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits'],
    ['I69.391', true, 'Dysphagia following cerebral infarction'],
    ['I69.320', true, 'Aphasia following cerebral infarction'],
    ['I69.35', false, 'Hemiplegia and hemiparesis following cerebral infarction'],
    ['I69.351', true, 'Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side'],
    ['I69.354', true, 'Hemiplegia and hemiparesis following cerebral infarction affecting left non-dominant side'],
    ['I69.359', true, 'Hemiplegia and hemiparesis following cerebral infarction affecting unspecified side'],
  ],
  // The Index walks the block's heading: "Hemiplegia, following, cerebrovascular disease, cerebral infarction" I69.35-.
  index: [{ path: ['Hemiplegia', 'following', 'cerebrovascular disease', 'cerebral infarction'], code: 'I69.35-' }],
});

/** One statement; the stroke finding sits on the word "stroke" (or "CVA"). */
const run = (text: string, code = 'I63.9') => {
  const ctx = kitContext(cs, [code], text);
  const at = text.search(/stroke|CVA/);
  Object.assign(ctx.findings[0]!, { start: at, end: at + 6 });
  strokeSequelae(ctx);
  return active(ctx)
    .map((f) => f.code)
    .sort();
};

describe('strokeSequelae (I.C.9.d)', () => {
  it('reads the line of a history code that carries no statement', () => {
    const text = '2. Dysphagia as late effect of prior stroke - SLP';
    const ctx = kitContext(cs, ['Z86.73'], text);
    const at = text.indexOf('stroke');
    Object.assign(ctx.findings[0]!, { start: at, end: at + 6, stmt: undefined });
    strokeSequelae(ctx);
    expect(
      active(ctx)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['I69.391', 'Z86.73']);
  });

  it.each([
    ['Oropharyngeal dysphagia as late effect of prior stroke', 'I63.9', ['I69.391']],
    ['Residual aphasia from old stroke', 'I63.9', ['I69.320']],
    ['Oropharyngeal dysphagia d/t old stroke', 'I63.9', ['I69.391']],
    ['Aphasia, chronic, post-stroke', 'I63.9', ['I69.320']],
    // The I69 titles' own "following"; a side said after the stroke completes the deficit's code.
    ['Hemiplegia following stroke', 'I63.9', ['I69.359']],
    ['Hemiparesis following stroke, left nondominant side', 'I63.9', ['I69.354']],
    // An old stroke stated as history keeps its history code; the I69 code comes beside it for Excludes1 to settle.
    ['Dysphagia as late effect of prior stroke', 'Z86.73', ['I69.391', 'Z86.73']],
    // The deficit named after the stroke's words ("Late effect of CVA with aphasia"), and a stroke old by its date.
    ['Late effect of CVA with aphasia', 'I63.9', ['I69.320']],
    ['CVA 2019 with residual aphasia', 'I63.9', ['I69.320']],
    // A stroke the statement calls past, then the deficit it left; a past stroke with none stays history.
    ['History of stroke with residual left hemiparesis', 'Z86.73', ['I69.354', 'Z86.73']],
    ['Old CVA with residual right hemiparesis', 'I63.9', ['I69.351']],
    ['History of stroke w/ aphasia', 'Z86.73', ['I69.320', 'Z86.73']],
    ['History of CVA, no residual deficits', 'Z86.73', ['Z86.73']],
    ['Old CVA', 'I63.9', ['I63.9']],
    // A current stroke with its deficit is the acute code (I.C.9.d allows I69 beside it only for an old one).
    ['Acute stroke with dysphagia', 'I63.9', ['I63.9']],
    ['Aphasia - new stroke suspected', 'I63.9', ['I63.9']],
  ])('%s [%s] -> %j', (text, code, want) => expect(run(text, code)).toEqual(want));
});
