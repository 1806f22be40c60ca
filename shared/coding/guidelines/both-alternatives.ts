import { expandTokens } from '../lexicon/expand.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'both-alternatives',
  section: 'I.B.10 (multiple codes where no combination code covers both), Tabular "unspecified whether with A or B" subdivisions',
  decides:
    'Adds the "with B" sibling of a reported "with A" code when its statement documents both and the category offers one code for each ("hypoxic and hypercapnic respiratory failure": J96.01 and J96.02).',
};

/** The unspecified subdivision that names a category's two alternatives ("..., unspecified whether with hypoxia or hypercapnia"). */
const alternatives = /\bunspecified whether with (.+?) or (.+)$/i;

const stems = (s: string) => tokenize(s).map((t) => t.stem);

/**
 * ICD-10-CM I.B.10: multiple codes report what no combination code covers. A category whose unspecified
 * subdivision reads "unspecified whether with A or B" has a code for A and one for B, none for both: a
 * statement documenting both ("Acute on chronic hypoxic and hypercapnic respiratory failure") is both codes.
 */
export const bothAlternatives: GuidelineRule = (ctx) => {
  for (const f of active(ctx)) {
    if (!f.stmt || f.section !== 'assessment') continue;
    const kids = siblings(ctx, f.code);
    const pair = kids.map((k) => alternatives.exec(k.title)).find((m) => m !== null);
    if (!pair) continue;
    const tokens = expandTokens(ctx.doc.text, f.stmt.start, f.stmt.end, ctx.codeSets.abbreviations?.().expand);
    const said = new Set(tokens.map((t) => t.stem));
    const [a, b] = [stems(pair[1]!), stems(pair[2]!)];
    if (!a.every((w) => said.has(w)) || !b.every((w) => said.has(w))) continue;
    const own = stems(f.title);
    const other = a.every((w) => own.includes(w)) ? b : b.every((w) => own.includes(w)) ? a : null;
    const sibling = other && kids.find((k) => k.code !== f.code && other.every((w) => stems(k.title).includes(w)) && !alternatives.test(k.title));
    if (!sibling) continue;
    // The two in the order the statement names them ("hypoxic and hypercapnic": hypoxia first).
    const at = (ws: string[]) => tokens.findIndex((t) => ws.includes(t.stem));
    const order = at(other) < at(other === a ? b : a) ? f.order - 0.01 : f.order + 0.01;
    addFinding(
      ctx,
      sibling.code,
      { ...f, order },
      `ICD-10-CM I.B.10: ${f.code} and ${sibling.code} each report one of the two the statement documents; no code covers both`,
    );
  }
};

/** The billable codes beside `code` under its parent (the last character varied). */
function siblings(ctx: RuleContext, code: string): { code: string; title: string }[] {
  const flat = code.replace('.', '');
  if (flat.length < 4) return [];
  const stem = flat.slice(0, -1);
  return [...'0123456789X'].flatMap((c) => {
    const hit = ctx.codeSets.icd(stem + c, ctx.doc.dateOfService);
    return hit?.billable ? [{ code: hit.code, title: hit.title }] : [];
  });
}
