import type { CodeSets } from '../../codes/code-sets.ts';
import { currentPregnancy, trimesterOf } from './pregnancy-complicating.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'pregnancy-other-conditions',
  section:
    'I.C.15.a.1 (conditions in pregnancy are coded to chapter 15 first, with the chapter code for the condition); tabular O98-O9A inclusion terms "Conditions in ..."; I.C.15.a.3 (trimester)',
  decides:
    'Adds, ahead of a condition in a dated pregnancy, the O98/O99/O9A code whose inclusion term names the condition\'s range, completed to the pregnancy trimester; drops "Pregnancy related conditions, unspecified" beside a specified chapter 15 code.',
};

/** Undotted code ranges of one "Conditions in ..." inclusion term, with the ranges it excepts. */
export interface ConditionRanges {
  node: string;
  ranges: [string, string][];
  except: [string, string][];
}

/** "F01-F09, F20-F52 and F54-F99", "A54.-", "R87.81-", "T74.11 or T76.11" -> [first, last] pairs (undotted). */
function parseRanges(text: string): [string, string][] {
  return [...text.matchAll(/\b([A-Z]\d[\dA-Z](?:\.[\dA-Z]{0,4})?)(?:-([A-Z]\d[\dA-Z](?:\.[\dA-Z]{0,4})?))?/g)].map((m) => {
    const a = m[1]!.replace(/\.$/, '').replace('.', '');
    return [a, (m[2] ?? m[1]!).replace(/\.$/, '').replace('.', '')];
  });
}

const inRange = (code: string, [a, b]: [string, string]) => code.slice(0, a.length) >= a && code.slice(0, b.length) <= b;

const tables = new WeakMap<CodeSets, ConditionRanges[]>();

/**
 * The chapter 15 categories for conditions from other chapters (O98 infections, O99 other diseases,
 * O9A neoplasms, injuries and abuse) say which codes they take by an inclusion term "Conditions in
 * X-Y": read once per code set from the tabular, deepest node first.
 */
export function conditionRanges(codeSets: CodeSets, dos: string | undefined): ConditionRanges[] {
  let out = tables.get(codeSets);
  if (out) return out;
  out = [];
  for (const cat of ['O98', 'O99', 'O9A'])
    for (const d of '0123456789')
      for (const e of ['', ...'0123456789']) {
        const node = `${cat}.${d}${e}`;
        if (!codeSets.icd(node, dos)) continue;
        for (const term of codeSets.icdInclusionTerms(node, dos)) {
          const m = /^Conditions in (.*?)(?:,? except (.*))?$/i.exec(term);
          if (!m || /\bwith\b|\barising\b/i.test(m[1]!)) continue;
          out.push({ node, ranges: parseRanges(m[1]!), except: m[2] ? parseRanges(m[2]) : [] });
        }
      }
  out.sort((a, b) => b.node.length - a.node.length);
  tables.set(codeSets, out);
  return out;
}

/** The deepest O98-O9A node whose inclusion term takes the code, or null. */
export function chapter15Node(codeSets: CodeSets, dos: string | undefined, code: string): string | null {
  const c = code.replace('.', '');
  const hit = conditionRanges(codeSets, dos).find((r) => r.ranges.some((x) => inRange(c, x)) && !r.except.some((x) => inRange(c, x)));
  return hit?.node ?? null;
}

/**
 * Down from a chapter 15 node to the billable code of a condition complicating pregnancy in the
 * trimester: at each level the child titled with the trimester, else the one "complicating pregnancy"
 * (not childbirth or the puerperium), else the only "Other specified" child, else the child that
 * repeats the level's own title (I.A.9.a).
 */
export function pregnancyChild(codeSets: CodeSets, dos: string | undefined, node: string, tri: string, condition = ''): string | null {
  // The condition's own name ("Obesity, class 2": obesity) names a subdivision of its own ("O99.21 Obesity complicating ...").
  const named = condition.toLowerCase().split(/[,(]/)[0]!.trim();
  for (let code = node, depth = 0; depth < 4; depth++) {
    const hit = codeSets.icd(code, dos);
    if (!hit) return null;
    if (hit.billable) return hit.code;
    const kids = [...'0123456789X'].map((c) => codeSets.icd(code.replace('.', '') + c, dos)).filter((k) => k !== null);
    const next =
      kids.find((k) => new RegExp(`\\b${tri} trimester\\b`, 'i').test(k.title)) ??
      (named ? kids.find((k) => k.title.toLowerCase().startsWith(`${named} complicating`)) : undefined) ??
      kids.find((k) => /\bpregnancy\b/i.test(k.title) && !/\bchildbirth\b|\bpuerperium\b/i.test(k.title)) ??
      (kids.filter((k) => /^other specified\b/i.test(k.title)).length === 1 ? kids.find((k) => /^other specified\b/i.test(k.title)) : undefined) ??
      // The subdivision that repeats its category's title is the category's residual ("O99.28 Other endocrine,
      // nutritional and metabolic diseases complicating ..." beside "O99.21 Obesity complicating ...").
      kids.find((k) => k.title.toLowerCase().replace(/^other /, '') === hit.title.toLowerCase());
    if (!next) return null;
    code = next.code;
  }
  return null;
}

/** Chapters whose conditions in pregnancy have their own chapter 15 categories, left to their rules: diabetes (I.C.15.g, O24), hypertension (I.C.15.d, O10-O16). */
const ownCategory = /^(?:E0[89]|E1[013]|I1[0-6])\./;

/**
 * ICD-10-CM I.C.15.a.1: in a pregnant patient a condition from another chapter is coded first to
 * chapter 15 unless the provider states the pregnancy is incidental, with the other chapter's code
 * beside it ("use additional code to identify the condition"). The chapter 15 code is the O98-O9A
 * node whose inclusion term names the condition's range ("Other mental disorders complicating
 * pregnancy": Conditions in F01-F09, F20-F52 and F54-F99), in the trimester the note documents.
 */
export const pregnancyOtherConditions: GuidelineRule = (ctx: RuleContext) => {
  const { text } = ctx.doc;
  const dos = ctx.doc.dateOfService;
  if (ctx.doc.patient.sex === 'M' || !currentPregnancy(text)) return;
  for (const f of active(ctx).sort((a, b) => a.order - b.order)) {
    if (f.section !== 'assessment' || /^[OPZV-Y]/.test(f.code) || ownCategory.test(f.code)) continue;
    // Codes the tabular sends to a specific chapter 15 category in pregnancy by Excludes1 ("cystitis
    // complicating pregnancy (O23.-)") are pregnancy-complicating.ts's; "obstetric trauma (O70-O71)" is a delivery's.
    if (ctx.codeSets.icdNotes(f.code, dos).excludes1.some((r) => r.code.startsWith('O') && /\bpregnan|\bgestation/i.test(r.text))) continue;
    const stmt = f.stmt ? text.slice(f.stmt.start, f.stmt.end) : text.slice(f.start, f.end);
    const dated = trimesterOf(stmt, text);
    if (!dated) continue;
    const node = chapter15Node(ctx.codeSets, dos, f.code);
    const code = node && pregnancyChild(ctx.codeSets, dos, node, dated.tri, f.title);
    if (!code) continue;
    const terms = ctx.codeSets.icdInclusionTerms(node!, dos).join('; ');
    const o = addFinding(ctx, code, f, `ICD-10-CM I.C.15.a.1: ${f.code} in pregnancy (${dated.why}) is coded first to ${node} ("${terms}")`);
    if (o) o.order = Math.min(o.order, f.order - 0.1);
  }
  // "Pregnancy, complicated NOS" (O26.9-) says no complication: beside a specified chapter 15 code it adds nothing (I.A.9.b NOS).
  const specified = active(ctx).some((f) => f.code.startsWith('O') && !f.code.startsWith('O26.9'));
  for (const f of active(ctx))
    if (specified && f.code.startsWith('O26.9'))
      drop(f, 'other', 'ICD-10-CM I.A.9.b: a pregnancy-related condition "unspecified" beside the specified chapter 15 code');
};
