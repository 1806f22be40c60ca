/**
 * Clinical shorthand -> the words ICD-10-CM titles use. Case-sensitive where the lowercase form
 * is an ordinary word. Ambiguous ones (MS, PE, RA, CA, CP) are deliberately absent: they are
 * resolved only by the context rules in `ambiguous.ts`, or not coded.
 */
export const abbreviations: [RegExp, string][] = [
  [/\bHTN\b/g, 'hypertension'],
  [/\b(?:cancer|carcinoma|malignancy|adenocarcinoma)\b/gi, 'malignant neoplasm'],
  [/\b(?:T2DM|DM2|DM ?II|type (?:2|II) DM|NIDDM)\b/g, 'type 2 diabetes mellitus'],
  [/\b(?:T1DM|DM1|IDDM)\b/g, 'type 1 diabetes mellitus'],
  [/\bDM\b/g, 'diabetes mellitus'],
  [/\bCKD\b/g, 'chronic kidney disease'],
  [/\bESRD\b/g, 'end stage renal disease'],
  [/\bAKI\b/g, 'acute kidney failure'],
  [/\b(?:AF|A-?[Ff]ib|afib)\b/g, 'atrial fibrillation'],
  [/\bCHF\b/g, 'congestive heart failure'],
  [/\bHFrEF\b/g, 'systolic heart failure'],
  [/\bHFpEF\b/g, 'diastolic heart failure'],
  [/\bCOPD\b/g, 'chronic obstructive pulmonary disease'],
  [/\bGERD\b/g, 'gastro-esophageal reflux disease'],
  [/\bOA\b/g, 'osteoarthritis'],
  [/\bMDD\b/g, 'major depressive disorder'],
  [/\bGAD\b/g, 'generalized anxiety disorder'],
  [/\bADHD\b/g, 'attention-deficit hyperactivity disorder'],
  [/\bBPH\b/g, 'benign prostatic hyperplasia'],
  [/\bLUTS\b/g, 'lower urinary tract symptoms'],
  // In imaging reports CAD is computer-aided detection.
  [/(?<!\b(?:tomosynthesis|mammogra\w*|imaging|images?|detection)\b[^.\n]{0,40})\bCAD\b/g, 'atherosclerotic heart disease of native coronary artery'],
  [/\bURI\b/g, 'upper respiratory infection'],
  [/\bUTI\b/g, 'urinary tract infection'],
  [/\bDVT\b/g, 'deep vein thrombosis'],
  [/\b(?:HLD|hyperlipidaemia)\b/g, 'hyperlipidemia'],
  [/\bCLL\b/g, 'chronic lymphocytic leukemia'],
  [/\bIBS\b/g, 'irritable bowel syndrome'],
  [/\bOSA\b/g, 'obstructive sleep apnea'],
  [/\bSOB\b/g, 'shortness of breath'],
  [/\bMRSA\b/g, 'methicillin resistant staphylococcus aureus'],
  [/\bE\.? ?coli\b/g, 'escherichia coli'],
  [/\bGBS\b/g, 'streptococcus group b'],
  [/\bGAS\b/g, 'streptococcus group a'],
  [/\bMSSA\b/g, 'methicillin susceptible staphylococcus aureus'],
  [/\bHSV\b/g, 'herpes simplex'],
  [/\bAOM\b/g, 'acute otitis media'],
  [/\bO2\b/g, 'oxygen'],
  [/\bb\/l\b/gi, 'bilateral'],
  [/\b[Rr]>[Ll]\b|\b[Ll]>[Rr]\b/g, 'bilateral'],
  [/\bR(?= (?:knee|hip|shoulder|foot|ankle|ear|eye|arm|leg|hand|wrist|elbow|breast|plantar|flank|lower|upper|1st|great)\b)/g, 'right unilateral'],
  [/\bL(?= (?:knee|hip|shoulder|foot|ankle|ear|eye|arm|leg|hand|wrist|elbow|breast|plantar|flank|lower|upper|1st|great)\b)/g, 'left unilateral'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\//gi, 'with '],
  [/\bCOVID(?:-19)?\b/gi, 'COVID-19'],
  [/\bUVJ\b/g, 'ureterovesical junction'],
  [/\bPPI\b/g, ''],
  // Titles say "not specified as traumatic" / "nontraumatic" both ways; the note's word is a denial.
  [/\bnon-?traumatic\b/gi, 'not traumatic'],
  // One side named is a unilateral condition (M16/M17 titles say "unilateral").
  [/\bleft\b/gi, 'left unilateral'],
  [/\bright\b/gi, 'right unilateral'],
];

/** DSM-5 wording -> ICD-10-CM wording (use disorder mild = abuse, moderate/severe = dependence). */
export const rewrites: [RegExp, (m: RegExpMatchArray) => string][] = [
  // Bones and joints keep their name and add the region the site codes use ("1st MTP" -> ankle and foot).
  [/\b(?:metatarsals?|MTP|toes?|hallux|calcane(?:us|al)|heel|tarsals?|midfoot|forefoot)\b/gi, (m) => `${m[0]} ankle and foot`],
  [/\b(?:metacarpals?|MCP|fingers?|thumb|phalanx)\b/g, (m) => `${m[0]} hand`],
  // The Neoplasm table's columns: "metastatic to the liver" is a secondary site.
  [/\b(?:metastatic (?:\w+ )?(?:to|in)|metastas[ie]s (?:to|in)|mets to)(?: the)?\b/gi, () => 'secondary malignant neoplasm of'],
  // Long-bone ends as the fracture titles name them ("distal radius" = "lower end of radius").
  [/\b(distal|proximal) (radius|ulna|femur|tibia|fibula|humerus)\b/gi, (m) => `${m[1]!.toLowerCase() === 'distal' ? 'lower' : 'upper'} end ${m[2]}`],
  [/\b(alcohol|opioid|cannabis|cocaine|stimulant|sedative|hallucinogen|inhalant)\s+use disorder,?\s*(mild|moderate|severe)?(?:,?\s*(?:in\s+)?(?:early|sustained)\s+remission)?/gi,
    (m) => `${m[1]} ${m[2]?.toLowerCase() === 'mild' ? 'abuse' : 'dependence'}${/remission/i.test(m[0]) ? ' in remission' : ''}`],
  [/\balcohol dependence\b/gi, () => 'alcohol dependence'],
  [/\bin (?:early|sustained) remission\b/gi, () => 'in remission'],
  [/\bobesity,? class (1|2|3|I{1,3})\b/gi, (m) => `obesity class ${({ I: '1', II: '2', III: '3' } as Record<string, string>)[m[1]!.toUpperCase()] ?? m[1]}`],
];
