import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { isChronic } from '../em/chronic.ts';
import { chooseEm } from '../em/level.ts';
import { sections } from '../note/sections.ts';
import { segments } from '../note/segments.ts';
import { cptRules, type CptHit } from './cpt-rules.ts';
import { administered, drugCodes, prescribed } from './hcpcs-drugs.ts';

const ev = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });
/** Lab (8xxxx), ECG, spirometry and allergy tests: reported on their own, so not also E/M data. */
const separateTest = /^(?:8\d{4}|930(?:00|05|10)|940(?:10|60)|950\d\d)$/;
const lineAt = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

/** The assessment lines that name a chronic illness (one line per illness, for problem grading). */
function chronicLines(text: string, icd: Suggestion[], within: { start: number; end: number }[]): string[] {
  const lines = new Map<number, string>();
  for (const s of icd) {
    const at = s.evidence[0]?.start;
    if (!s.recommended || at === undefined || !isChronic(s.code)) continue;
    // Only problems addressed: a chronic illness read from the history is not one (unless the note has no assessment).
    if (within.length && !within.some((w) => at >= w.start && at < w.end)) continue;
    lines.set(text.lastIndexOf('\n', at), lineAt(text, at));
  }
  return [...lines.values()];
}

/** CPT and HCPCS suggestions: documented procedures, drugs with units from the dose, and the E/M level. */
export function procedures(doc: ClinicalDocument, codeSets: CodeSets, icd: Suggestion[]): { suggestions: Suggestion[]; hcpcsYear: string } {
  const { text } = doc;
  const out: Suggestion[] = [];
  const hits: CptHit[] = [];
  for (const r of cptRules) {
    if (r.when && !r.when(doc)) continue;
    const m = new RegExp(r.re.source, r.re.flags.replace('g', '')).exec(text);
    if (!m) continue;
    const code = typeof r.code === 'string' ? r.code : r.code(m, text);
    if (!code || hits.some((h) => h.code === code)) continue;
    hits.push({ code, label: r.label, start: m.index, end: m.index + m[0].length, surgical: !!r.surgical,
      ...(r.units && { units: r.units(m, text) }), ...(r.modifiers && { modifiers: r.modifiers(m, text) }) });
  }
  const secs = sections(text);
  const assess = secs.filter((s) => s.kind === 'assessment' || s.kind === 'plan' || s.kind === 'mdm');
  const assessmentText = assess.map((s) => text.slice(s.start, s.end)).join('\n');
  const items = Math.max(1, new Set(icd.filter((s) => s.recommended && !s.code.startsWith('Z')).map((s) => s.evidence[0]?.start)).size,
    secs.filter((s) => s.kind === 'assessment').reduce((n, s) => n + segments(text, s).filter((g) => /^\s*\d/.test(text.slice(g.start - 4, g.start))).length, 0));
  const surgical = hits.some((h) => h.surgical) && items <= 2;
  const em = chooseEm(doc, assessmentText || text, items, surgical, {
    chronic: chronicLines(text, icd, assess), billedTests: hits.filter((h) => separateTest.test(h.code)).map((h) => lineAt(text, h.start)),
  });
  if (em) {
    const mod = hits.some((h) => h.surgical) ? ['25'] : undefined;
    out.push({ system: 'CPT', code: em.code, title: em.label, recommended: true, confidence: 0.7, first: false, evidence: [], why: em.why, ...(mod && { modifiers: mod }) });
  }
  for (const h of hits) {
    out.push({ system: 'CPT', code: h.code, title: h.label, recommended: true, confidence: 0.8, first: false, evidence: [ev(text, h.start, h.end)],
      why: ['documented procedure'], ...(h.units && h.units > 1 && { units: h.units }), ...(h.modifiers?.length && { modifiers: h.modifiers }) });
  }
  if (doc.setting !== 'ed') {
    for (const d of drugCodes) {
      const m = new RegExp(d.re.source, 'gi');
      for (const hit of text.matchAll(m)) {
        const line = text.slice(text.lastIndexOf('\n', hit.index) + 1, (text.indexOf('\n', hit.index) + 1 || text.length + 1) - 1);
        const near = text.slice(hit.index, hit.index + 80);
        const dose = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*mg\b(?!\/m)/i.exec(near) ?? /=\s*(\d+)\s*mg/i.exec(near);
        if (!dose || !administered.test(line) || (prescribed.test(near.slice(0, 60)) && !/\b(?:IV|IM|injected)\b/i.test(near))) continue;
        const entry = codeSets.hcpcs(d.code, doc.dateOfService);
        if (!entry || out.some((s) => s.code === d.code)) continue;
        const mg = Number(dose[1]!.replace(/,/g, ''));
        const units = Math.max(1, Math.ceil(mg / d.unitMg));
        out.push({ system: 'HCPCS', code: entry.code, title: entry.title, recommended: true, confidence: 0.75, first: false,
          evidence: [ev(text, hit.index, hit.index + hit[0].length), ev(text, hit.index + dose.index, hit.index + dose.index + dose[0].length)],
          why: [`drug given in the visit: ${mg} mg at ${d.unitMg} mg per unit = ${units} unit(s)`], units });
        break;
      }
    }
  }
  return { suggestions: out, hcpcsYear: codeSets.hcpcsYearFor(doc.dateOfService) ?? 'none' };
}
