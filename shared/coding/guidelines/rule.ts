import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument } from '../../contracts/suggestion.ts';
import type { Finding, Query } from '../finding.ts';
import type { Section } from '../note/sections.ts';

/** What every guideline module reads and edits: the findings so far and the note. */
export interface RuleContext {
  doc: ClinicalDocument;
  /** In `suggest`, the note's year view (`CodeSets.forDate`): lookups answer from the year of the date of service. */
  codeSets: CodeSets;
  sections: Section[];
  findings: Finding[];
  queries: Query[];
}

export type GuidelineRule = (ctx: RuleContext) => void;

/**
 * What each guideline module exports beside its rule(s), as claim rules export theirs: the ICD-10-CM
 * Official Guidelines section (or tabular/index convention) it applies and what it decides.
 * A module with two rules (diabetes.ts) has one meta covering both.
 */
export interface GuidelineMeta {
  /** The module's file name without .ts (kebab-case). */
  id: string;
  /** The guideline section(s) or tabular/index convention the rule applies, e.g. 'I.C.4.a (diabetes "with" combinations)'. */
  section: string;
  /** One sentence: what the rule decides. */
  decides: string;
  /** Optional per-entry sources, for a module that draws on many sections (sequencing.ts). */
  sources?: readonly string[];
}

/** Active, reportable findings (affirmed and not dropped by an earlier rule). */
export function active(ctx: RuleContext): Finding[] {
  return ctx.findings.filter((f) => f.status === 'affirmed' && !f.dropped);
}

/** Adds a code the rule derived, if the year in effect has it; returns the finding or null. */
export function addFinding(
  ctx: RuleContext,
  code: string,
  from: Pick<Finding, 'start' | 'end' | 'order' | 'section'>,
  why: string,
  score = 10,
): Finding | null {
  const hit = ctx.codeSets.icd(code, ctx.doc.dateOfService);
  if (!hit?.billable) return null;
  const existing = ctx.findings.find((f) => f.code === hit.code && f.status === 'affirmed' && !f.dropped);
  if (existing) {
    if (!existing.why.includes(why)) existing.why.push(why);
    return existing;
  }
  const f: Finding = {
    code: hit.code,
    title: hit.title,
    start: from.start,
    end: from.end,
    order: from.order,
    section: from.section,
    status: 'affirmed',
    score,
    why: [why],
    source: 'rule',
  };
  ctx.findings.push(f);
  return f;
}

export function drop(f: Finding, reason: NonNullable<Finding['dropped']>['reason'], why: string): void {
  if (!f.dropped) f.dropped = { reason, why };
}

/** "words (I.C.21.c.3)" -> "ICD-10-CM I.C.21.c.3: words": every explanation opens with the guideline it applies. */
export function cite(why: string): string {
  const m = /^(.*?)\s*\(((?:I|II|III|IV)\.[^)]*)\)$/.exec(why);
  return m ? `ICD-10-CM ${m[2]}: ${m[1]}` : why;
}
