import { tokenize } from '../text/tokens.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'ruled-out-later',
  section: 'Section II.H / III.C and IV.H (a condition ruled out is not reported); medspaCy ConText NEGATED_EXISTENCE "ruled out", read over the problem item',
  decides:
    'Drops a condition that a later sentence of its own problem item says was ruled out ("Pneumonia - on ceftriaxone. ... pneumonia ruled out"), or a doubted one its item closes with a bare "ruled out".',
};

/** Where a problem item ends: a blank line, or a line that opens the next item (numbered, "#", a bullet). */
const nextItem = /\n[ \t]*(?:\n|\d{1,2}[.)]\s|#|[-*•]\s)/;
/** A sentence saying something was ruled out (ConText NEGATED_EXISTENCE, BACKWARD and FORWARD). */
const ruledOut = /\b(?:ruled out|r\/o'?d|excluded)\b/i;
/** A sentence that is "ruled out" alone: it ends the doubt its item opened. */
const bareRuledOut = /^\s*(?:(?:now|since|subsequently|and|but)\s+)?(?:(?:was|been|has been|it was)\s+)?(?:ruled out|excluded)\W*$/i;
/** The uncertainty cues of ConText (and IV.H's terms) that a "ruled out" can close. */
const doubted = /\b(?:r\/o|rule out|possible|probable|suspected|questionable|considered|vs\.?)(?=\W)|\?/i;

/**
 * A copied-forward item updated in a later sentence ("2. Pneumonia - on ceftriaxone. -> UPDATE 12/05:
 * repeat CXR no infiltrate; pneumonia ruled out"): the condition's own words, said again in a
 * sentence of the same item with "ruled out", end it. Another condition ruled out there ("Chest
 * pain - ACS ruled out") leaves it as it is.
 */
export const ruledOutLater: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || f.source === 'rule') continue;
    const own = new Set(
      tokenize(text.slice(f.start, f.end))
        .map((t) => t.stem)
        .filter((w) => w.length >= 4),
    );
    if (own.size === 0) continue;
    const rest = text.slice(f.end);
    const item = rest.slice(0, nextItem.exec(rest)?.index ?? rest.length);
    // A bare "ruled out" closes a doubt the condition was named with ('"r/o alcoholic hepatitis" - Maddrey <32; ruled out').
    const doubt = doubted.test(text.slice(text.lastIndexOf('\n', f.start) + 1, f.end));
    const sentence = item.split(/\.\s|;|\n/).find((s) => (ruledOut.test(s) && tokenize(s).some((t) => own.has(t.stem))) || (doubt && bareRuledOut.test(s)));
    if (sentence) drop(f, 'negated', `ruled out later in its item: "${sentence.trim()}"`);
  }
};
