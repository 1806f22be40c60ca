import { assess } from '../context/assess.ts';
import { cellCode, findSubstances, type Substance } from '../drugs/drug-table.ts';
import { type Intent, poisoningIntent } from '../drugs/intent.ts';
import { clauseAround, type DrugStatement, drugStatements, tableCodesOf } from '../drugs/statements.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'poisoning',
  section: 'I.C.19.e.5.b (poisoning: Table of Drugs by intent, sequenced first); Index: Suicide, by poisoning - see Table of Drugs',
  decides:
    "Codes a stated overdose or poisoning from the Table of Drugs row of the substance and the column of the documented intent (accidental when unknown), first among its statement's codes.",
};

/**
 * Words that say a substance was taken wrongly (I.C.19.e.5.b: overdose, wrong substance, wrong
 * route, an error in the drug's prescription or administration by anyone, the patient included: a
 * double, extra or wrong dose; Index: Overdose, drug - see Table of Drugs, by drug, poisoning;
 * Ingestion, chemical or drug - see Table of Drugs, by drug, poisoning; Poisoning - see Table of Drugs).
 */
const poisoned =
  /\b(?:overdos\w*|poisoning|poisoned|ingestions?|ingested|took too (?:much|many)|toxic effects? of|(?:double|extra|wrong|excess(?:ive)?) dos(?:e|es|ing)|(?:medication|dosing) error|wrong (?:drug|medication|medicine))\b/i;

/**
 * ICD-10-CM I.C.19.e.5.b: a poisoning is coded from the Table of Drugs row of the substance in
 * the column of the intent the record documents (accidental when unknown or unspecified),
 * sequenced before its manifestations; the 7th character is the encounter's (I.C.19.a). The
 * self-harm code captures the attempt, so T14.91 (suicide attempt NOS) is not also reported
 * (Index: Suicide, suicidal (attempted), by poisoning - see Table of Drugs).
 */
export const poisoning: GuidelineRule = (ctx) => {
  const { text, setting } = ctx.doc;
  const statements = drugStatements(ctx);
  const narrative = statements.some((st) => poisoned.test(st.text)) ? narrativeIntent(ctx) : null;
  for (const st of statements) {
    const m = poisoned.exec(st.text);
    if (!m) continue;
    const at = st.start + m.index;
    // A relative named in the statement ("grandmother's metoprolol", "given by mother") is the source, not whose poisoning it is.
    if (!['affirmed', 'family-history'].includes(assess(text, st.start, at, at + m[0].length, 'assessment', setting).status)) continue;
    // A poisoning to prevent is none (ConText hypothetical: "overdose prevention", "risk of overdose").
    if (prevented.test(text.slice(at + m[0].length, st.end)) || /\b(?:risk|prevent\w*)\s+(?:of|for)?\s*$/i.test(text.slice(st.start, at))) continue;
    // The substances of the cue's own clause ("Fentanyl overdose, heroin use disorder": not the heroin), else of the statement.
    const [a, b] = clauseAround(st, at);
    const near = findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, a, b);
    // Else the statement's; where the statement is a manifestation the cue causes ("Nausea/vomiting 2/2
    // ingestion - ondansetron"), only up to its plan: the drug after the " - " aside treats it.
    const aside = /\s[-–—]\s/.exec(text.slice(at, st.end));
    const manifestation = /\b(?:2\/2|d\/t|due to|secondary to|from|after)\s*$/i.test(text.slice(st.start, at));
    const upTo = aside && manifestation ? at + aside.index : st.end;
    const inStatement = findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, st.start, upTo);
    const subs = (near.length ? near.map((s) => namedForm(ctx, s, inStatement, st.text)) : inStatement).filter((s) => !treatment(text, s.start, s.end));
    if (subs.length === 0) continue;
    // The statement's own words first; the chief complaint or the history of the present illness
    // ("intentional ingestion") documents the intent too.
    let intent = poisoningIntent(st.text);
    if (intent.column === 'accidental' && !intent.at) intent = narrative ?? intent;
    const order =
      manifestationsFirst(
        text,
        st,
        statements,
        subs.map((s) => text.slice(s.start, s.end)),
      ) - 0.3;
    const added: string[] = [];
    const found = tableCodesOf(ctx, st);
    for (const s of subs) {
      const code = cellCode(ctx.codeSets, ctx.doc.dateOfService, s.cell, intent.column, st.text);
      if (!code) continue;
      // The statement's own code of the substance from a named source, in the same intent ("CO poisoning - faulty home
      // gas furnace": T58.11XA "... from utility gas, accidental") is more specific than the row's residual (I.A.9.a).
      const named = residual.test(code.title) ? found.find((o) => sameSubstanceAndIntent(o.title, code.title) && !residual.test(o.title)) : undefined;
      if (named) {
        named.order = order;
        added.push(named.code);
        continue;
      }
      const f = addFinding(
        ctx,
        code.code,
        { start: s.start, end: s.end, order, section: 'assessment' },
        `ICD-10-CM I.C.19.e.5.b: Table of Drugs, ${text.slice(s.start, s.end)}, poisoning ${intent.column} (${intent.why}), sequenced before its manifestations${code.why ? `; ${code.why}` : ''}`,
        9,
      );
      if (f) added.push(f.code);
    }
    if (added.length === 0) continue;
    for (const o of found)
      if (!added.includes(o.code)) drop(o, 'other', `ICD-10-CM I.C.19.e.5.b: the poisoning is coded ${added.join(', ')} by the documented intent`);
    if (intent.column !== 'self-harm') continue;
    for (const o of active(ctx).filter((f) => f.code.startsWith('T14.91')))
      drop(o, 'other', `ICD-10-CM Index: Suicide, suicidal (attempted), by poisoning - see Table of Drugs: ${added.join(', ')} captures the attempt`);
  }
};

const prevented = /^\s*(?:prevention|precautions?|risk|education|reversal)\b/i;

/** A Tabular title of a residual: "Poisoning by other opioids", "... unspecified ...". */
const residual = /\b(?:other|unspecified)\b/i;

/** Two Tabular titles of one substance ("Toxic effect of carbon monoxide from ...") and one intent (", accidental (unintentional)"). */
function sameSubstanceAndIntent(a: string, b: string): boolean {
  const parts = (t: string) => /^(.+?) from .+?, ([^,]+)(?:, [^,]*encounter)?$/i.exec(t);
  const [pa, pb] = [parts(a), parts(b)];
  return !!pa && !!pb && pa[1]!.toLowerCase() === pb[1]!.toLowerCase() && pa[2]!.toLowerCase() === pb[2]!.toLowerCase();
}

/**
 * A class the Table codes to its residual ("Opioid NEC": T40.2X- "other opioids") gives way to the substance of the
 * same category the statement names beside it ("Opioid overdose, accidental, fentanyl": T40.41-): I.A.9.a, "other"
 * is for a specified form no code names.
 */
function namedForm(ctx: RuleContext, s: Substance, inStatement: Substance[], statement: string): Substance {
  const title = (x: Substance) => cellCode(ctx.codeSets, ctx.doc.dateOfService, x.cell, 'accidental', statement)?.title ?? '';
  if (!residual.test(title(s))) return s;
  return inStatement.find((t) => t.start >= s.end && t.cell.slice(0, 3) === s.cell.slice(0, 3) && !residual.test(title(t))) ?? s;
}

/** A drug given as the treatment ("s/p naloxone", "responded to flumazenil", "NAC started", "naloxone kit"), not the poison. */
function treatment(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return (
    /\b(?:s\/p|received|responded to|treated with|reversed (?:with|by)|improved (?:with|after))\s+(?:IV\s+|IN\s+|IM\s+)?$/i.test(before) ||
    /^\s*(?:kit|administered|started|infusion|drip|protocol|given(?!\s+by))\b/i.test(after)
  );
}

/**
 * The earliest place among the poisoning's statement and the statements that state its manifestations:
 * those that name the poisoning again ("2/2 overdose", "due to #2") or its substance. The T code goes
 * before them all (I.C.19.e.5.b: the poisoning first, followed by the manifestations).
 */
function manifestationsFirst(text: string, st: DrugStatement, all: DrugStatement[], names: string[]): number {
  const item = /(\d{1,2})[.):]?\s*$/.exec(text.slice(Math.max(0, st.start - 6), st.start))?.[1];
  const refers = (o: DrugStatement) =>
    poisoned.test(o.text) ||
    (item !== undefined && new RegExp(`#\\s?${item}\\b`).test(o.text)) ||
    names.some((n) => o.text.toLowerCase().includes(n.toLowerCase()));
  return Math.min(st.order, ...all.filter((o) => o !== st && refers(o)).map((o) => o.order));
}

/**
 * An intent the chief complaint or the history of the present illness documents, sentence by
 * sentence, unless the sentence denies it or tells of an earlier event ("prior suicide attempt 2021").
 */
function narrativeIntent(ctx: RuleContext): Intent | null {
  const { text, setting } = ctx.doc;
  for (const sec of ctx.sections.filter((s) => s.kind === 'cc' || s.kind === 'hpi')) {
    for (const m of text.slice(sec.bodyStart, sec.end).matchAll(/[^.\n]+/g)) {
      const start = sec.bodyStart + m.index;
      const intent = poisoningIntent(m[0]);
      if (!intent.at || intent.column === 'accidental') continue;
      if (assess(text, start, start + intent.at[0], start + intent.at[1], sec.kind, setting).status === 'affirmed') return intent;
    }
  }
  return null;
}
