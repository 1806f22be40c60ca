import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { chooseEm } from '../em/level.ts';
import { mdmInput } from '../em/note-input.ts';
import { sections } from '../note/sections.ts';
import { cptRules, type CptHit } from './cpt-rules.ts';
import { administered, drugCodes, prescribed } from './hcpcs-drugs.ts';

const ev = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });
/** Lab (8xxxx), ECG, spirometry and allergy tests: reported on their own, so not also E/M data. */
const separateTest = /^(?:8\d{4}|930(?:00|05|10)|940(?:10|60)|950\d\d|7\d{4})$/;
const lineAt = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

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
  const input = mdmInput(doc, secs, icd, hits.filter((h) => separateTest.test(h.code)).map((h) => lineAt(text, h.start)));
  const surgical = hits.some((h) => h.surgical) && input.items.length <= 2;
  const em = chooseEm(doc, input, { surgicalOnly: surgical, vaccineOnly: false });
  if (em) {
    const mod = hits.some((h) => h.surgical) ? ['25'] : undefined;
    out.push({ system: 'CPT', code: em.code, title: em.label, recommended: true, confidence: 0.7, first: false, evidence: em.evidence.map((h) => ev(text, h.start, h.end)), why: em.why, ...(mod && { modifiers: mod }) });
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
