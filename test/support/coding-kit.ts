/**
 * Small hand-written code sets for unit tests: a few titles, tabular notes and index paths fed
 * through the real CodeSets class, so matcher and guideline tests exercise the real lookups.
 */
import { CodeSets, type CodeSetExtras } from '../../shared/codes/code-sets.ts';
import type { CompiledIndex, CompiledTabular, NoteKind } from '../../shared/codes/model.ts';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import type { Finding } from '../../shared/coding/finding.ts';
import { active, type RuleContext } from '../../shared/coding/guidelines/rule.ts';
import { sections } from '../../shared/coding/note/sections.ts';

export interface Kit {
  /** [code (dotted or not), billable, title] */
  titles: [string, boolean, string][];
  notes?: Record<string, Partial<Record<NoteKind, string[]>> & { sevenChr?: [string, string][] }>;
  /** Index paths as node titles from the main term down, with the code and the path's nonessential modifiers. */
  index?: { path: string[]; code: string; nemod?: string }[];
}

/** `tree`: offer the index as a tree (the matcher's preferred source); `shipped`: build-time artifacts (matcher packs, binary tree). */
export function kitCodeSets(kit: Kit, opts: { tree?: boolean; shipped?: Pick<CodeSetExtras, 'matchers' | 'indexTree'> } = {}): CodeSets {
  const entries = kit.titles.map(([c, b, t]) => [c.replace('.', ''), b ? 1 : 0, t] as [string, 0 | 1, string]);
  const notes: CompiledTabular['notes'] = {};
  for (const [c, n] of Object.entries(kit.notes ?? {})) notes[c.replace('.', '')] = n;
  const index = kitIndex(kit);
  const cs = new CodeSets([{ format: 1, system: 'icd10cm', year: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', source: 'kit', entries }], {
    tabular: { format: 1, version: 'kit', source: 'kit', notes },
    index,
    ...opts.shipped,
  });
  // The matcher prefers the tree (see index-source.ts); without it, resolved index terms. Tests run both paths.
  if (!opts.tree) Object.assign(cs, { indexTree: undefined });
  return cs;
}

/** The kit's index paths as a compiled Alphabetic Index tree. */
export function kitIndex(kit: Kit): CompiledIndex {
  const index: CompiledIndex = { format: 2, version: 'kit', source: 'kit', titles: [], parents: [], nemods: {}, refs: [] };
  const node = new Map<string, number>();
  for (const p of kit.index ?? []) {
    let parent = -1;
    p.path.forEach((title, depth) => {
      const key = p.path.slice(0, depth + 1).join('\u0000');
      let id = node.get(key);
      if (id === undefined) {
        id = index.titles.length;
        node.set(key, id);
        index.titles.push(title);
        index.parents.push(parent);
      }
      parent = id;
    });
    if (p.nemod) index.nemods[String(parent)] = p.nemod;
    index.refs.push(parent, p.code);
  }
  return index;
}

/** A rule context over the kit with the given findings (all affirmed, assessment, one statement each). */
export function kitContext(codeSets: CodeSets, codes: string[], text = '', doc: Partial<ClinicalDocument> = {}): RuleContext {
  const findings: Finding[] = codes.map((code, i) => {
    const hit = codeSets.icd(code, '2026-01-15');
    return {
      code,
      title: hit?.title ?? code,
      start: 0,
      end: Math.max(1, text.length),
      order: i + 1,
      section: 'assessment',
      status: 'affirmed',
      score: 10,
      why: [],
      source: 'title',
      stmt: { start: 0, end: text.length },
    };
  });
  return { doc: { text, setting: 'office', patient: {}, dateOfService: '2026-01-15', ...doc }, codeSets, sections: sections(text), findings, queries: [] };
}

/** A stand-in code set for rule table tests: every code asked for exists and is billable. */
export const standInCodeSets = {
  icd: (code: string) => ({ system: 'ICD-10-CM', code, title: `title ${code}`, billable: true, year: 'FY2026' }),
} as unknown as CodeSets;

/** The codes still active after a rule ran, in sequence order. */
export const activeCodes = (ctx: RuleContext): string[] =>
  active(ctx)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.code);

/** Runs one guideline rule over affirmed assessment findings (of the stand-in code set unless given one). */
export function runRule(rule: (c: RuleContext) => void, codes: string[], text = '', codeSets: CodeSets = standInCodeSets): string[] {
  const ctx = kitContext(codeSets, codes, text);
  rule(ctx);
  return activeCodes(ctx);
}

/** The codes a rule adds beside `codes` on a note, against code sets read when the test runs. */
export function addedCodes(rule: (c: RuleContext) => void, codeSets: () => CodeSets): (text: string, codes?: string[]) => string[] {
  return (text, codes = []) => {
    const ctx = kitContext(codeSets(), codes, text);
    rule(ctx);
    return activeCodes(ctx).filter((c) => !codes.includes(c));
  };
}
