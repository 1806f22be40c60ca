export interface ConceptHit {
  code: string;
  start: number;
  end: number;
  why: string;
}

/** A few common outpatient concepts; the full lexicon and title matcher replace this list. */
const terms: [RegExp, string][] = [
  [/\b(?:essential )?hypertension\b|\bHTN\b/gi, 'I10'],
  [/\bhyperlipidemia\b|\bHLD\b/gi, 'E78.5'],
  [/\btype 2 diabetes(?: mellitus)?\b|\bT2DM\b/gi, 'E11.9'],
  [/\bGERD\b|\bgastro-?esophageal reflux\b/gi, 'K21.9'],
  [/\bfever\b/gi, 'R50.9'],
  [/\bchest pain\b/gi, 'R07.9'],
  [/\bpneumonia\b/gi, 'J18.9'],
];

export function findConcepts(text: string): ConceptHit[] {
  const hits: ConceptHit[] = [];
  for (const [re, code] of terms) {
    for (const m of text.matchAll(re)) {
      hits.push({ code, start: m.index, end: m.index + m[0].length, why: `lexicon term "${m[0]}"` });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
