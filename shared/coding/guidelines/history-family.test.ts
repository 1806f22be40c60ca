import { describe, expect, it } from 'vitest';
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
    // No table entry: the history category is searched with the condition's own words.
    ['K63.5', 'history', 'colon polyps', 'assessment', ['Z86.0100']],
    // A stated family history matched to the unspecified site takes the site group the note names.
    ['Z80.9', 'affirmed', 'Family history of colon cancer', 'assessment', ['Z80.0']],
  ] as const)('%s %s "%s" (%s) -> %j', (code, status, text, section, want) => expect(run(code, status, text, section)).toEqual(want));
});
