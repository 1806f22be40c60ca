import { indexPathCodes, subtermCodes } from '../neoplasm/index-path.ts';
import { assess } from '../context/assess.ts';
import { sectionAt, type SectionKind } from '../note/sections.ts';
import { tokenize } from '../text/tokens.ts';
import { addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'allergy-status',
  section: 'I.C.21.c.3 (Z88 allergy status to drugs), IV.J (conditions that affect care); Index "History, personal, allergy (to)"',
  decides: "Adds the Z88 / Z91.0 allergy status the Index gives for an allergen when the visit's decisions take the allergy into account.",
};

/**
 * An allergen as the Index subterm under "History, personal (of), allergy (to)" names its class.
 * Drugs by their WHO ATC group: J01C penicillins (amoxicillin J01CA04, ampicillin J01CA01,
 * dicloxacillin J01CF01, nafcillin J01CF06, piperacillin J01CA12; abbr: PCN), J01E sulfonamides
 * (sulfamethoxazole J01EC01, abbr: TMP-SMX), other antibacterials J01D cephalosporins, J01FA
 * macrolides, J01MA fluoroquinolones, J01AA tetracyclines; N02A opioids (codeine R05DA04, morphine
 * N02AA01); N02B / M01A analgesics and NSAIDs (abbr: NSAID).
 */
const allergens: [RegExp, string][] = [
  [/\b(?:penicillins?|PCN|amoxicillin|ampicillin|dicloxacillin|nafcillin|piperacillin)\b/gi, 'penicillin'],
  [/\b(?:sulfa|sulfonamides?|sulfamethoxazole|TMP[- /]SMX)\b/gi, 'sulfonamides'],
  [
    /\b(?:cephalosporins?|cephalexin|cefazolin|ceftriaxone|cefdinir|macrolides?|azithromycin|erythromycin|clarithromycin|fluoroquinolones?|ciprofloxacin|levofloxacin|tetracyclines?|doxycycline)\b/gi,
    'antibiotic agent',
  ],
  [/\b(?:codeine|morphine|opioids?|opiates?|narcotics?)\b/gi, 'narcotic agent'],
  [/\b(?:NSAIDs?|aspirin|ibuprofen|naproxen)\b/gi, 'analgesic agent'],
  [/\b(?:iodinated )?contrast(?: dye| media)?\b/gi, 'contrast media'],
  [/\blatex\b/gi, 'latex'],
];
/** Sections where the visit decides care (IV.J: conditions that require or affect care): assessment, plan, decision making, course. */
const deciding = new Set<SectionKind>(['assessment', 'plan', 'mdm', 'course']);
/** An allergy said of the allergen: right after it ("PCN allergy", "sulfa-allergic") or naming it ("allergic to", "allergy to"). */
const allergyAfter = /^[\s-]*(?:\([^)]*\)\s*)?allerg\w*/i;
const allergyBefore = /\b(?:allergic|allergy|allergies)\s+(?:to\s+)?(?:[\w-]+\s+)?$/i;
const clauseBreak = /[;\n.]|->|→/;

/**
 * ICD-10-CM I.C.21.c.3 (Z88 allergy status to drugs, Z91.0- other allergies) with IV.J: an
 * allergy on the allergy list is a patient fact; it is reported when the visit's decisions take it
 * into account ("Severe PCN allergy -> azithromycin", "TMP-SMX avoided d/t sulfa allergy"): the
 * allergen and the word allergy in one clause of the assessment, plan, decision making or course.
 * The code is the Index's "History, personal (of), allergy (to)" subterm for the allergen's class.
 */
export const allergyStatus: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const [re, cls] of allergens) {
    for (const m of text.matchAll(re)) {
      const kind = sectionAt(ctx.sections, m.index)?.kind ?? 'preamble';
      if (!deciding.has(kind)) continue;
      const start = m.index,
        end = start + m[0].length;
      const before =
        text
          .slice(Math.max(0, start - 40), start)
          .split(clauseBreak)
          .at(-1) ?? '';
      const after = text.slice(end, end + 40).split(clauseBreak)[0] ?? '';
      // The allergen is the one the allergy names ("PCN allergy", "sulfa-allergic", "allergic to penicillin"),
      // not a drug chosen beside it ("azithromycin given allergy history").
      if (!allergyAfter.test(after) && !allergyBefore.test(before)) continue;
      // The reason a decision gives ("avoid TMP-SMX given sulfa allergy") is read on its own: the
      // avoided drug's cue is not the allergy's.
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const reason = [...text.slice(lineStart, start).matchAll(/\b(?:given|due to|d\/t|because of|in view of)\s/gi)].at(-1);
      const from = reason ? lineStart + reason.index + reason[0].length : lineStart;
      const said = assess(text, from, start, end, kind, ctx.doc.setting).status;
      if (said === 'negated' || said === 'family-history' || said === 'hypothetical') continue;
      const code = allergyCode(ctx, cls);
      if (!code) continue;
      addFinding(
        ctx,
        code,
        { start, end, order: 1100 + start, section: kind },
        `ICD-10-CM I.C.21.c.3: allergy status, Index "History, personal, allergy (to), ${cls}" (taken into account at this visit, IV.J)`,
        6,
      );
      break;
    }
  }
};

function allergyCode(ctx: Parameters<GuidelineRule>[0], cls: string): string | null {
  const path = ['History', 'personal', 'allergy'];
  const code = subtermCodes(ctx.codeSets, path, new Set(tokenize(cls).map((t) => t.stem)))[0] ?? indexPathCodes(ctx.codeSets, [...path, cls])[0];
  return code ?? null;
}
