/**
 * The patient's sex as the note itself states it, for a record that does not give it (a page whose banner
 * the reader could not find, a note pasted into the command line). A code's sex is the record's (CMS
 * MCE); where the record is silent, the note's own identification of its patient stands in for it:
 * its one-liner ("58 yo F", "a 64-year-old woman", "45M") or a courtesy title ("Mrs. T.", "Mr. D.").
 * Pronouns are not read, as a note speaks of relatives and caregivers too; a note naming both sexes so
 * (a mother's history beside her child's) gives none.
 */
const oneLiner = /\b\d{1,3}(?:\s*|-)(?:(?:y\.?o\.?|y\/o|yrs?|years?|year-old|yr-old)(?:\s*|-)(?:old\s+)?)?(?:(F|M)\b|(female|male|woman|man|girl|boy)\b)/gi;
const title = /\b(Mrs|Ms|Miss|Mr)\.?\s+[A-Z]/g;

export function sexFromNote(text: string): 'F' | 'M' | undefined {
  const said = new Set<'F' | 'M'>();
  for (const m of text.matchAll(oneLiner)) {
    // A lone letter only in capitals: "12 m" is a length or an age in months, "12 M" a male patient.
    if (m[1] && m[1] !== m[1].toUpperCase()) continue;
    const word = (m[1] ?? m[2]!).toLowerCase();
    said.add(['f', 'female', 'woman', 'girl'].includes(word) ? 'F' : 'M');
  }
  for (const m of text.matchAll(title)) said.add(m[1] === 'Mr' ? 'M' : 'F');
  return said.size === 1 ? [...said][0] : undefined;
}
