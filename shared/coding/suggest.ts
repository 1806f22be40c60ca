import type { ClinicalDocument, Query, SuggestResult, Suggestion, Suppressed } from '../contracts/suggestion.ts';
import type { CodeSets } from '../codes/code-sets.ts';
import { yearView } from '../codes/year-view.ts';
import { findDiagnoses } from './diagnoses.ts';
import type { Finding } from './finding.ts';
import { guidelineRules } from './guidelines/index.ts';
import type { RuleContext } from './guidelines/rule.ts';
import { sexFromNote } from './note/patient-sex.ts';
import { sections } from './note/sections.ts';
import { procedures } from './procedures/index.ts';
import { specificityQueries } from './specificity/queries.ts';

/**
 * Text -> suggestions. Pure and synchronous (runs in the MV3 service worker): structure, concept
 * matching with context, guideline modules, ranking; every code carries its exact evidence span.
 * The date of service picks the code-set year once: everything below works on that year's view.
 */
export function suggest(input: ClinicalDocument, codeSets: CodeSets): SuggestResult {
  // A record without the patient's sex takes the note's own ("58 yo F"): sex-specific codes follow it (CMS MCE).
  const sex = input.patient.sex ?? sexFromNote(input.text);
  const doc = sex === input.patient.sex ? input : { ...input, patient: { ...input.patient, sex } };
  const view = yearView(codeSets, doc.dateOfService);
  const secs = sections(doc.text);
  const ctx: RuleContext = { doc, codeSets: view, sections: secs, findings: findDiagnoses(doc, view, secs), queries: [] };
  for (const rule of guidelineRules) {
    try {
      rule(ctx);
    } catch {
      // A defect in one guideline module must not lose the note's other codes: its check is skipped, and the coder told.
      ctx.queries.push({
        topic: 'engine',
        message: `The "${rule.name}" guideline check failed on this note and was skipped: review the codes it covers by hand.`,
        start: 0,
        end: 0,
      });
    }
  }
  const span = (f: { start: number; end: number }) => ({ start: f.start, end: f.end, text: doc.text.slice(f.start, f.end) });
  const reported = ctx.findings.filter((f) => f.status === 'affirmed' && !f.dropped).sort((a, b) => a.order - b.order);
  const byCode = new Map<string, Suggestion>();
  for (const f of reported) {
    const s = byCode.get(f.code);
    if (s) {
      s.evidence.push(span(f));
      continue;
    }
    byCode.set(f.code, {
      system: 'ICD-10-CM',
      code: f.code,
      title: f.title,
      recommended: f.recommended !== false,
      confidence: confidence(f),
      first: false,
      evidence: [span(f)],
      why: f.why,
    });
  }
  const icd = [...byCode.values()];
  const first = icd.find((s) => s.recommended);
  if (first) {
    first.first = true;
    first.why.push('ICD-10-CM IV.G: listed first, the main reason for the encounter');
  }
  const suppressed: Suppressed[] = [];
  for (const f of ctx.findings) {
    if (byCode.has(f.code)) continue;
    const reason = f.dropped?.reason ?? (f.status === 'affirmed' ? 'other' : f.status);
    if (suppressed.some((s) => s.code === f.code)) continue;
    suppressed.push({ system: 'ICD-10-CM', code: f.code, reason, evidence: [span(f)], why: f.dropped?.why ?? f.why.at(-1) ?? '' });
  }
  const queries: Query[] = [...ctx.queries, ...specificityQueries(icd)].map((q) => ({
    topic: q.topic,
    message: q.message,
    evidence: q.end > q.start ? [span(q)] : [],
  }));
  const proc = procedures(doc, view, icd);
  return {
    codeSet: { icd10cm: view.icdYearFor(doc.dateOfService) ?? 'none', hcpcs: proc.hcpcsYear, cpt: 'none' },
    suggestions: [...icd, ...proc.suggestions],
    suppressed,
    queries,
  };
}

function confidence(f: Finding): number {
  const base = f.source === 'rule' ? 0.85 : Math.min(0.95, 0.55 + f.score / 60);
  return Math.round(base * 100) / 100;
}
