import { describe, expect, it } from 'vitest';
import { kitCodeSets, kitContext, activeCodes } from '../../../test/support/coding-kit.ts';
import { postproceduralComplication } from './postprocedural-complication.ts';

// FY2026 titles.
const cs = kitCodeSets({
  titles: [
    ['K56.7', true, 'Ileus, unspecified'],
    ['K91.89', true, 'Other postprocedural complications and disorders of digestive system'],
    ['J18.9', true, 'Pneumonia, unspecified organism'],
    ['J95.89', true, 'Other postprocedural complications and disorders of respiratory system'],
    ['I95.81', true, 'Postprocedural hypotension'],
    ['I97.89', true, 'Other postprocedural complications and disorders of the circulatory system, not elsewhere classified'],
    ['R50.82', true, 'Postprocedural fever'],
  ],
});

/** One finding whose evidence is `word` in the statement. */
const run = (code: string, stmt: string, word: string) => {
  const ctx = kitContext(cs, [code], stmt);
  const f = ctx.findings[0]!;
  f.start = stmt.indexOf(word);
  f.end = f.start + word.length;
  postproceduralComplication(ctx);
  return activeCodes(ctx);
};

describe('postproceduralComplication (I.B.16, Index "Complication(s), postprocedural, specified NEC")', () => {
  it.each([
    // The body system's code first, the condition after it ("use additional code ... to further specify disorder").
    ['K56.7', 'Postoperative ileus - NGT to LIWS', 'ileus', ['K91.89', 'K56.7']],
    ['J18.9', 'Post-op pneumonia, RLL', 'pneumonia', ['J95.89', 'J18.9']],
    // No relationship stated: the condition alone.
    ['K56.7', 'Ileus - NGT to LIWS', 'ileus', ['K56.7']],
    ['K56.7', 'Ileus after colectomy', 'Ileus', ['K56.7']],
    // A code that says the relationship itself, and a symptom, need none.
    ['I95.81', 'Postprocedural hypotension', 'hypotension', ['I95.81']],
    ['R50.82', 'Postoperative fever', 'fever', ['R50.82']],
  ])('%s in "%s" -> %j', (code, stmt, word, want) => expect(run(code, stmt, word)).toEqual(want));
});
