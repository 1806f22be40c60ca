import { lineOf } from '../text/lines.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import type { ClinicalDocument, Suggestion } from '../../contracts/suggestion.ts';
import { chooseEm } from '../em/level.ts';
import { listEnd, mdmInput } from '../em/note-input.ts';
import { sections } from '../note/sections.ts';
import { cptRules, type CptHit } from './cpt-rules.ts';
import { hcpcsDrugs } from './hcpcs-drugs.ts';
import { givenVaccines, namesVaccine, vaccineSuggestions, wellnessVisit } from './vaccines.ts';
import type { SectionKind } from '../note/sections.ts';

const ev = (text: string, start: number, end: number) => ({ start, end, text: text.slice(start, end) });
/** Lab (8xxxx), ECG, spirometry and allergy tests: reported on their own, so not also E/M data. */
const separateTest = /^(?:8\d{4}|930(?:00|05|10)|940(?:10|60)|950\d\d|7\d{4})$/;
/** Where drugs are listed or told as history, not given in this visit. */
const notRead = new Set<SectionKind>(['meds', 'pmh', 'psh', 'fhx', 'shx', 'allergies', 'ros', 'hpi', 'cc', 'history']);

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
    hits.push({
      code,
      label: r.label,
      start: m.index,
      end: m.index + m[0].length,
      surgical: !!r.surgical,
      ...(r.units && { units: r.units(m, text) }),
      ...(r.modifiers && { modifiers: r.modifiers(m, text) }),
    });
  }
  const secs = sections(text);
  const history = secs.filter((s) => notRead.has(s.kind)).map((s) => [s.start, listEnd(text, s)] as const);
  const readable = (at: number) => !history.some(([a, b]) => at >= a && at < b);
  // A vaccine's injection is reported by the immunization administration codes, not as a therapeutic injection (CPT 96372 guidelines).
  const vaccines = doc.setting === 'ed' || doc.setting === 'inpatient-progress' ? [] : givenVaccines(doc, readable);
  const vaccineLines = new Set(vaccines.map((v) => text.lastIndexOf('\n', v.start)));
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.code === '96372' && vaccineLines.has(text.lastIndexOf('\n', hits[i]!.start))) hits.splice(i, 1);
  const input = mdmInput(
    doc,
    secs,
    icd,
    hits.filter((h) => separateTest.test(h.code)).map((h) => lineOf(text, h.start)),
  );
  // A minor procedure's decision is in its global package: the visit is an E/M of its own only with
  // another problem managed beside it (CPT: a significant, separately identifiable service, modifier
  // 25); a vaccine given is no such problem.
  const surgical = hits.some((h) => h.surgical) && input.items.filter((it) => !namesVaccine(it.text)).length <= 1;
  const em = chooseEm(doc, input, { surgicalOnly: surgical, vaccineOnly: vaccines.length > 0 });
  if (em) {
    const mod = hits.some((h) => h.surgical) ? ['25'] : undefined;
    out.push({
      system: 'CPT',
      code: em.code,
      title: em.label,
      recommended: true,
      confidence: 0.7,
      first: false,
      evidence: em.evidence.map((h) => ev(text, h.start, h.end)),
      why: em.why,
      ...(mod && { modifiers: mod }),
    });
  }
  for (const h of hits) {
    out.push({
      system: 'CPT',
      code: h.code,
      title: h.label,
      recommended: true,
      confidence: 0.8,
      first: false,
      evidence: [ev(text, h.start, h.end)],
      why: ['documented procedure'],
      ...(h.units && h.units > 1 && { units: h.units }),
      ...(h.modifiers?.length && { modifiers: h.modifiers }),
    });
  }
  // Drugs given in the ED or on a hospital floor are on the facility's claim, not the physician's.
  if (doc.setting !== 'ed' && doc.setting !== 'inpatient-progress') {
    out.push(...hcpcsDrugs(doc, codeSets, readable), ...vaccineSuggestions(doc, codeSets, readable), ...wellnessVisit(doc, codeSets));
  }
  return { suggestions: out, hcpcsYear: codeSets.hcpcsYearFor(doc.dateOfService) ?? 'none' };
}
