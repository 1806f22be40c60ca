import { plannedOnly } from '../context/planned.ts';
import { findSubstances } from '../drugs/drug-table.ts';
import { addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'antineoplastic-encounter',
  section: 'I.C.2.e.2 (encounter solely for chemotherapy or immunotherapy: Z51.11 / Z51.12 first); Table of Drugs rows T45.1 and T45.A',
  decides:
    'Lists Z51.11 or Z51.12 first when the note is a treatment visit that gives a cycle of an antineoplastic drug, chemotherapy or immunotherapy by the Table of Drugs row of the drug.',
};

/** A treatment cycle given: "Cycle 6 Day 1", "C3D1", "cycle #4". */
const cycle = /\b(?:cycle\s*#?\s*\d+|C\d+\s*D\d+)\b/i;
/**
 * A cycle given before this visit: dated ("C3D1 on 11/24", "cycle 2 given 10 days ago") or named as
 * past ("last cycle", "s/p C3D1", "completed cycle 6"). The encounter is not its administration.
 */
const dated =
  /^\s*(?:(?:was |is )?(?:given|received|administered|completed|infused|on)\s+)*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\d+\s*(?:days?|d|wks?|weeks?|mo|months?)\s+ago\b)/i;
const pastBefore =
  /\b(?:last|prior|previous|recent|s\/p|status post|completed|after|since|post)\s+(?:\w+\s+){0,2}$|\blast\s+(?:infusion|dose|treatment|administration)\b[^.;]*$/i;
/** A drug's dose right after its name ("0940 doxorubicin 108 mg slow IV push"): an administration record's entry, not a per-m2 regimen. */
const doseAfter = /^\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?)\b(?!\s*\/\s*m2)/i;
/** The drug's Table row says which: antineoplastic drugs (T45.1) are chemotherapy, immune checkpoint inhibitors (T45.A) immunotherapy. */
const kindOf = (cell: string): 'Z51.11' | 'Z51.12' | null => (cell.startsWith('T451') ? 'Z51.11' : cell.startsWith('T45A') ? 'Z51.12' : null);

/**
 * ICD-10-CM I.C.2.e.2: "If a patient admission/encounter is solely for the administration of
 * chemotherapy, immunotherapy … assign code Z51.11 or Z51.12 as the first-listed", the malignancy
 * after it. The visit is such a treatment when a line names an antineoplastic drug with the cycle
 * being given; the drug's Table of Drugs row tells chemotherapy from immunotherapy (both when both).
 */
export const antineoplasticEncounter: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  // A telehealth visit administers nothing: its cycle is given elsewhere.
  if (ctx.doc.setting === 'telehealth') return;
  const first = Math.min(0, ...ctx.findings.map((f) => f.order)) - 1;
  // The antineoplastic drugs the note records with a dose given ("0940 doxorubicin 108 mg"), read once for any cycle line naming none.
  let dosed: ReturnType<typeof findSubstances> | undefined;
  const dosedInNote = () =>
    (dosed ??= findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, 0, text.length).filter(
      (s) => kindOf(s.cell) && doseAfter.test(text.slice(s.end, s.end + 20)) && !plannedOnly(text, s.start, s.end),
    ));
  for (const line of text.matchAll(/[^\n]+/g)) {
    const c = cycle.exec(line[0]);
    if (!c) continue;
    // A cycle planned for later ("cycle 12 due next week", "C4D1 scheduled 5/2") is not given at this visit.
    if (plannedOnly(text, line.index + c.index, line.index + c.index + c[0].length) || /^\s*(?:is |was )?due\b/i.test(line[0].slice(c.index + c[0].length)))
      continue;
    if (dated.test(line[0].slice(c.index + c[0].length)) || pastBefore.test(line[0].slice(0, c.index))) continue;
    const start = line.index,
      end = start + line[0].length;
    const named = findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, start, end).filter((s) => kindOf(s.cell));
    // A cycle line naming no drug ("Today: C2D1") takes the drugs the administration record gives.
    for (const s of named.length ? named : dosedInNote()) {
      const code = kindOf(s.cell)!;
      addFinding(
        ctx,
        code,
        { start: s.start, end: s.end, order: first, section: 'assessment' },
        `ICD-10-CM I.C.2.e.2: a treatment cycle of ${text.slice(s.start, s.end)} is given`,
      );
    }
  }
};
