import { tokenize } from '../text/tokens.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'ruled-out-later',
  section: 'Section II.H / III.C and IV.H (a condition ruled out is not reported); medspaCy ConText NEGATED_EXISTENCE "ruled out", read over the problem item',
  decides:
    'Drops a condition that a later sentence of its own problem item says was ruled out ("Pneumonia - on ceftriaxone. ... pneumonia ruled out"), or a doubted one its item closes with a bare "ruled out" or a plain denial ("CKD? - ...; no CKD").',
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
 * The words a "ruled out" sentence puts before its cue name the condition and nothing else: "pneumonia ruled
 * out" ends the pneumonia, "Gallstone pancreatitis ruled out" is another kind than an alcohol-induced one.
 */
function namesOnly(sentence: string, own: Set<string>): boolean {
  const cue = ruledOut.exec(sentence)!;
  const before = tokenize(sentence.slice(0, cue.index)).filter((t) => t.stem.length >= 4);
  const after = tokenize(sentence.slice(cue.index + cue[0].length)).filter((t) => t.stem.length >= 4);
  const named = before.length ? before : after;
  return (
    named.some((t) => own.has(t.stem)) &&
    (before.length === 0 || before.every((t) => own.has(t.stem) || /^(?:repeat|update|since|then|also|now)$/i.test(t.stem)))
  );
}

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
    const rest = text.slice(f.end);
    const item = rest.slice(0, nextItem.exec(rest)?.index ?? rest.length);
    // A bare "ruled out" closes a doubt the condition was named with ('"r/o alcoholic hepatitis" - Maddrey <32; ruled out').
    // A question mark right after the condition ("CKD?") doubts it too.
    const doubt = doubted.test(text.slice(text.lastIndexOf('\n', f.start) + 1, f.end)) || text[f.end] === '?';
    const sentences = item.split(/\.\s|;|\n/);
    const sentence = sentences.find((s) => (own.size > 0 && ruledOut.test(s) && namesOnly(s, own)) || (doubt && bareRuledOut.test(s)));
    if (sentence) drop(f, 'negated', `ruled out later in its item: "${sentence.trim()}"`);
    // A doubt its item answers with a plain denial of the same condition ("CKD? - eGFR 64, no albuminuria; no CKD."):
    // every word of the condition denied, and nothing said of it after (ConText NEGATED_EXISTENCE, "no").
    else if (doubt) {
      const words = new Set(tokenize(text.slice(f.start, f.end)).map((t) => t.stem));
      const denial = sentences.find((s) => {
        const toks = tokenize(s);
        const mine = toks.filter((t) => words.has(t.stem));
        return mine.length > 0 && mine.every((t) => t.neg) && words.size === new Set(mine.map((t) => t.stem)).size && toks.at(-1) === mine.at(-1);
      });
      if (denial) drop(f, 'negated', `denied later in its item: "${denial.trim()}"`);
    }
  }
};
