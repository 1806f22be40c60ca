/**
 * Medical decision making from the note (2021 office / 2023 ED and hospital rules): problems,
 * data and risk each graded 1 (straightforward) .. 4 (high); the level is met by two of three.
 */
export interface Mdm { problems: number; data: number; risk: number; level: number; why: string[] }

const highProblem = /\b(?:respiratory failure|anaphyla\w*|sepsis|septic shock|severe exacerbation|threat to (?:life|bodily)|worsening o2|acute on chronic|prosthetic joint infection|osteomyelitis|hypoxi\w*|accessory muscle)\b/i;
const worse = /\b(?:worse\w*|uncontrolled|not at goal|progress\w*|undertreated|partial response|up to|rising|exacerbation|flare|new(?:ly)? diagnosed|intoxication|withdrawal|obstructing|fever|febrile|systemic)\b/i;
const highRisk = /\b(?:escalation to ICU|ICU|intubation|admission to obs discussed|consider(?:ed)? admission|decision (?:for|regarding) (?:hospitalization|admission)|hospice|DNR|AUC dosing|intensive monitoring|monitoring for (?:hypokalemia|toxicity|cytopenias)|OPAT monitoring|2-stage exchange|explant)\b/i;
const rxDrug = /\b(?:\d+(?:\.\d+)?\s*(?:mg|mcg|units?|g)\b|Rx\b|prescri\w*|increase|titrat\w*|start(?:ed)?|continue|refill\w*)/i;

export function gradeMdm(text: string, assessment: string, items: number): Mdm {
  const why: string[] = [];
  let problems = items >= 3 ? 3 : items === 2 ? 2 : 2;
  if (items >= 2 && (worse.test(assessment) || items >= 3)) problems = 3;
  if (items === 1 && worse.test(assessment)) problems = 3;
  if (highProblem.test(assessment)) problems = 4;
  why.push(`problems: ${items} addressed, graded ${problems}`);
  const tests = new Set<string>();
  for (const m of text.matchAll(/\b(A1c|BMP|CMP|CBC|TSH|UA|urinalysis|lipid|LDL|UACR|BNP|CRP|ESR|troponin|CT\b|MRI|x-?ray|XR\b|CXR|ultrasound|US\b|TVUS|ECG|EKG|VBG|ABG|PCR|culture|hCG|glucose|Mg\b|K\b|Cr\b|EMG|NCS|flow cytometry|lactate|procalcitonin|D-dimer|ferritin|spirometry|smear)\b/gi)) tests.add(m[1]!.toLowerCase());
  let cat1 = tests.size;
  if (/\bhistorian\b/i.test(text)) cat1++;
  if (/\b(?:records|notes|report|outside work-?up)\b[^.\n]{0,20}\breviewed\b|\boutside\b/i.test(text)) cat1++;
  const interp = /\b(?:my (?:independent )?interpretation|reviewed by me|images reviewed by me|waveforms reviewed|independent interpretation)\b/i.test(text);
  const discussion = /\bdiscussed (?:directly )?with (?:dr\.?|nephrology|cardiology|ortho|pharmacy|podiatry|vascular)/i.test(text);
  const categories = (cat1 >= 3 ? 1 : 0) + (interp ? 1 : 0) + (discussion ? 1 : 0);
  const data = categories >= 2 ? 4 : categories >= 1 ? 3 : cat1 >= 2 ? 2 : 1;
  why.push(`data: ${cat1} tests/documents/historian${interp ? ', independent interpretation' : ''}${discussion ? ', discussion with another physician' : ''}, graded ${data}`);
  const risk = highRisk.test(text) ? 4 : rxDrug.test(assessment) ? 3 : 2;
  why.push(`risk: ${risk === 4 ? 'high (hospital-level decision or intensive monitoring)' : risk === 3 ? 'moderate (prescription drug management)' : 'low'}`);
  const level = [problems, data, risk].sort((a, b) => b - a)[1]!;
  return { problems, data, risk, level, why };
}
