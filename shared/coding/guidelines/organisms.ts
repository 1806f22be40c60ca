import type { CodeSets } from '../../codes/code-sets.ts';
import type { Finding } from '../finding.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { organismWords } from '../matcher/cause-clauses.ts';
import { codeStatement } from '../matcher/statement.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'organisms',
  section: 'I.C.1 and the tabular "use additional code (B95-B97) to identify infectious agent"',
  decides:
    'Adds the B95-B97 code of the organism a statement names for an infection coded elsewhere, or as the stated cause of another condition, unless a reported code names it already; leaves out an A49.- code that only names it.',
};

/** B95-B97 titles end "as the cause of diseases classified elsewhere": a note never says so. */
const causeWords = new Set(['cause', 'infection', 'agent']);
/** The disease the organism causes is the reported code's ("as the cause of diseases classified elsewhere"): said by the finding itself. */
const reportedDisease = { stem: 'disease', start: -1, end: -1, neg: false };
/** Words that name a kind of agent, not an organism: "bacterial sinusitis" has no B96 code to add. */
const generic = new Set(['bacterial', 'bacteria', 'viral', 'virus', 'fungal', 'fungus', 'agent', 'organism']);

/**
 * Whether the code asks for its infectious agent: a "use additional code (B95-B97)" note, an infection coded
 * outside chapter 1, or any other condition ('named': only an organism its statement names as the cause).
 */
export function wantsOrganism(codeSets: CodeSets, f: Finding, dos?: string): 'note' | 'infection' | 'named' | null {
  if (/^[AB]/.test(f.code)) return null;
  const notes = typeof codeSets.icdNotes === 'function' ? codeSets.icdNotes(f.code, dos) : null;
  if (notes?.useAdditional.some((r) => /^B9[5-7]/.test(r.code) || /\bB95\b/.test(r.text))) return 'note';
  return /\binfection\b|\binflammatory reaction\b|\bcellulitis\b|\babscess\b|\bosteomyelitis\b/i.test(f.title) ? 'infection' : 'named';
}

/**
 * An organism named as a test or its result ("H. pylori stool Ag pending", "H pylori breath test neg"),
 * not as the condition's cause: B95-B97 report "the cause of diseases classified elsewhere".
 */
const asTest =
  /^[\s-]*(?:\w+[\s-]+){0,1}(?:test\w*|ag|antigen|antibod\w*|ab|serolog\w*|igg|breath|stool|urea|pcr|cx|cultures?|swab|screen\w*|pending|negative|neg)\b/i;

/**
 * The organism said as the condition's cause: after a cause word ("due to", "2/2", "secondary to", "from",
 * "associated with") or joined as "-associated", "-related", "-induced", "positive" (I.A.15: a link outside
 * "with" must be stated).
 */
function linked(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 15);
  return (
    /\b(?:due to|secondary to|2\/2|d\/t|from|caused by|associated with|related to)\s+$/i.test(before) ||
    /^[\s-]*(?:associated|related|induced|positive|pos|\+)/i.test(after)
  );
}

/** Whether a statement says an organism word (B95-B97 titles' words, the lexicon's organism shorthand expanded). */
function saysOrganism(ctx: RuleContext, start: number, end: number): boolean {
  const agents = organismWords(ctx.codeSets, ctx.doc.dateOfService);
  return expandTokens(ctx.doc.text, start, end, ctx.codeSets.abbreviations?.().expand).some((t) => agents.has(t.stem));
}

/**
 * A title that already names an agent or a cause ("Pneumonia due to Methicillin resistant Staphylococcus aureus",
 * "Acute bronchiolitis due to respiratory syncytial virus", "Streptococcal pharyngitis"): a B95-B97 code would repeat it.
 */
function namesAgent(ctx: RuleContext, title: string): boolean {
  const agents = organismWords(ctx.codeSets, ctx.doc.dateOfService);
  return /\bdue to\b/i.test(title) || tokenize(title).some((t) => agents.has(t.stem));
}

/**
 * The organism's own item elsewhere in the note ("3. H. pylori infection - quadruple therapy"), coded in chapter 1 by a
 * title that does not name it (A04.8 "Other specified bacterial intestinal infections"): the Index reaches it through
 * "Infection, Helicobacter pylori", whose subterm "as cause of disease classified elsewhere" (B96.81) is the code
 * beside a disease whose statement names that organism.
 */
function infectionsApart(ctx: RuleContext, f: Finding, orgWords: string[]): Finding[] {
  if (!orgWords.length) return [];
  const expand = ctx.codeSets.abbreviations?.().expand;
  return active(ctx).filter((o) => {
    if (o === f || !/^[AB]/.test(o.code) || /^B9[5-7]/.test(o.code) || !o.stmt || o.stmt.start === f.stmt?.start) return false;
    if (tokenize(o.title).some((t) => orgWords.includes(t.stem))) return false;
    const stems = new Set(expandTokens(ctx.doc.text, o.stmt.start, o.stmt.end, expand).map((t) => t.stem));
    return orgWords.every((w) => stems.has(w));
  });
}

/**
 * ICD-10-CM I.C.1 and the tabular's "use additional code (B95-B97) to identify infectious agent":
 * an infection coded elsewhere takes the organism named in its statement as a B95-B97 code; a
 * chapter 1 code that only names the organism at an unspecified site (A49.-) is then left out.
 */
export const organisms: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  for (const f of active(ctx)) {
    const reason = f.section === 'assessment' && f.stmt ? wantsOrganism(ctx.codeSets, f, dos) : null;
    if (!reason || !f.stmt) continue;
    // Any condition may name its organism: the Index search runs only where the statement says one.
    if (reason === 'named' && !saysOrganism(ctx, f.stmt.start, f.stmt.end)) continue;
    const hits = codeStatement(ctx.codeSets, dos, ctx.doc.text, f.stmt.start, f.stmt.end, ctx.doc.patient.sex, ['B95', 'B96', 'B97'], causeWords, [
      reportedDisease,
    ]);
    const org = hits.find((h) => h.req.some((k) => !causeWords.has(k) && !generic.has(k) && !k.startsWith('!')));
    if (!org) continue;
    // A condition outside the infections takes the organism named as its cause ("Duodenal ulcer - H. pylori-associated":
    // Index, Infection, Helicobacter pylori, as cause of disease classified elsewhere B96.81), not one named as a test.
    if (asTest.test(ctx.doc.text.slice(org.end, org.end + 30))) continue;
    const orgWords = org.req.filter((k) => organismWords(ctx.codeSets, dos).has(k));
    const apart = infectionsApart(ctx, f, orgWords);
    // Named right before the condition's own word, the organism qualifies it ("H. pylori gastritis"): its cause, as stated.
    const attributive = org.end <= f.start && /^[\s-]*$/.test(ctx.doc.text.slice(org.end, f.start));
    if (reason === 'named' && (namesAgent(ctx, f.title) || !(linked(ctx.doc.text, org.start, org.end) || attributive || apart.length))) continue;
    // Another reported code already names the organism ("MRSA pneumonia" J15.212 beside influenza's J10.08);
    // an organism's unspecified-site code (A49.-) gives way below instead.
    if (active(ctx).some((o) => o !== f && !/^A49\./.test(o.code) && orgWords.some((w) => tokenize(o.title).some((t) => t.stem === w)))) continue;
    const code = `${org.code.slice(0, 3)}.${org.code.slice(3)}`;
    const added = addFinding(
      ctx,
      code,
      { start: org.start, end: org.end, order: f.order + 0.05, section: f.section },
      reason === 'note'
        ? `ICD-10-CM I.A.13: ${f.code} says "use additional code (B95-B97) to identify infectious agent": ${code}`
        : `ICD-10-CM I.C.1 (B95-B97): the organism causing ${f.code}, an infection classified elsewhere, coded in addition`,
      8,
    );
    if (!added) continue;
    added.stmt = f.stmt;
    for (const o of active(ctx)) {
      if (o.stmt?.start === f.stmt.start && /^A49\./.test(o.code))
        drop(o, 'other', `ICD-10-CM I.C.1: the organism is coded as ${code} with the site infection ${f.code}`);
    }
    for (const o of apart)
      drop(
        o,
        'other',
        `ICD-10-CM Index "Infection, <organism>, as cause of disease classified elsewhere": the organism is coded as ${code}, the cause of ${f.code}`,
      );
  }
};
