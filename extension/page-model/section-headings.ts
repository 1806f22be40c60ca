/**
 * Clinical section headings: medspaCy's sectionizer list (`shared/lexicon/medspacy/
 * section_patterns.en.json`, read at build time by wxt.config.ts, never committed), plus the parts
 * of a visit note that list lacks, named by SOAP (Weed, "Medical records that guide and teach",
 * 1968) and by CMS's 1995/1997 Documentation Guidelines for E/M Services (chief complaint, HPI,
 * review of systems, examination, medical decision making).
 */
export interface SectionRule {
  literal: string;
  category: string;
}

declare const __CHARTSIDE_SECTION_RULES__: SectionRule[] | undefined;

/** The list the build put in the bundle; empty where the lexicon was missing at build time. */
export const bundledSectionRules: SectionRule[] = typeof __CHARTSIDE_SECTION_RULES__ === 'undefined' ? [] : __CHARTSIDE_SECTION_RULES__;

const soapAndEm: SectionRule[] = [
  ...['Subjective', 'History of Present Illness', 'Interval History'].map((literal) => ({ literal, category: 'history_of_present_illness' })),
  ...['Objective', 'Exam', 'Examination', 'Physical Examination', 'Physical Exam'].map((literal) => ({ literal, category: 'physical_exam' })),
  ...['Assessment', 'Plan', 'Assessment and Plan', 'Assessment & Plan', 'Impression', 'Medical Decision Making', 'MDM'].map((literal) => ({
    literal,
    category: 'observation_and_plan',
  })),
  ...['Review of Systems', 'ROS'].map((literal) => ({ literal, category: 'review_of_systems' })),
  ...['Chief Complaint', 'Reason for Visit'].map((literal) => ({ literal, category: 'chief_complaint' })),
];

/**
 * Categories that mark the body of a clinical document: the narrative parts a coder reads. The
 * others (allergies, medications, problem list, histories) also head the short-item lists of a
 * chart page, so they weigh less as proof that a block is the note.
 */
const coreCategories = new Set([
  'chief_complaint',
  'history_of_present_illness',
  'observation_and_plan',
  'physical_exam',
  'hospital_course',
  'reason_for_examination',
  'labs_and_studies',
  'imaging',
  'review_of_systems',
]);

export interface HeadingHit {
  category: string;
  core: boolean;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/\s*:$/, '').trim();

/**
 * A matcher for the start of a line: "HPI: ..." (a heading with its colon) or a line that is only a
 * heading ("Assessment and Plan", "CURRENT MEDICATIONS"). A heading line without its colon counts
 * only in capitals or where the page sets it apart as a heading (`emphasized`), so a schedule cell
 * "Consult" is no heading.
 */
export function headingMatcher(rules: SectionRule[] = bundledSectionRules): (line: string, emphasized: () => boolean) => HeadingHit | undefined {
  const withColon = new Map<string, string>();
  for (const r of [...rules, ...soapAndEm]) {
    const key = norm(r.literal);
    if (key) withColon.set(key, r.category);
  }
  const hit = (category: string | undefined) => (category ? { category, core: coreCategories.has(category) } : undefined);
  return (line, emphasized) => {
    const t = line.trim();
    const colon = t.indexOf(':');
    if (colon > 0 && colon <= 48) {
      const found = hit(withColon.get(norm(t.slice(0, colon))));
      if (found) return found;
    }
    if (t.length > 48) return undefined;
    const category = withColon.get(norm(t));
    return category && ((t === t.toUpperCase() && /[A-Z]{2}/.test(t)) || emphasized()) ? hit(category) : undefined;
  };
}
