/**
 * Medical decision making from the note (2021 office / 2023 ED and hospital rules): problems,
 * data and risk each graded 1 (straightforward) .. 4 (high); the level is met by two of three.
 */
export interface Mdm { problems: number; data: number; risk: number; level: number; why: string[] }

/** What the caller knows beyond the text: the assessment lines naming chronic illnesses, and the lines of tests it reports separately. */
export interface MdmDetail {
  chronic?: string[];
  billedTests?: string[];
}

const highProblem = /\b(?:respiratory failure|anaphyla\w*|sepsis|septic shock|severe exacerbation|threat to (?:life|bodily)|worsening o2|acute on chronic|prosthetic joint infection|osteomyelitis|hypoxi\w*|accessory muscle)\b/gi;
/** A chronic illness with exacerbation, progression or treatment not at goal. */
const chronicWorse = /\b(?:worse\w*|uncontrolled|not at goal|progress\w*|undertreated|partial response|up to|rising|exacerbation|flare)\b/gi;
/** An acute illness with systemic symptoms, a new diagnosis, or a complicated course. */
const acuteSerious = /\b(?:new(?:ly)? diagnosed|intoxication|withdrawal|obstructing|fever|febrile|systemic)\b/gi;
const highRisk = /\b(?:escalation to ICU|ICU|intubation|admission to obs discussed|consider(?:ed)? admission|decision (?:for|regarding) (?:hospitalization|admission)|hospice|DNR|AUC dosing|intensive monitoring|monitoring for (?:hypokalemia|toxicity|cytopenias)|OPAT monitoring|2-stage exchange|explant)\b/i;
/** Prescription drug management: a dose, a regimen, or a prescribing verb. */
const rxDrug = /\b(?:\d+(?:\.\d+)?\s*(?:mg|mcg|units?|g)\b|\d+\s*(?:sprays?|drops?|puffs?|inhalations?)\b|Rx\b|prescri\w*|increase|titrat\w*|start(?:ed)?|continue|refill\w*)/i;
/** Return precautions and "call if" instructions describe what has not happened. */
const hypothetical = /\b(?:return|rtc|call|seek care|to (?:the )?(?:ED|ER)|ED precautions)\b[^.\n]*/gi;
/** A cue inside its clause after "no", "without", "denies": "no hypoxia" is not hypoxia. */
const deniedBefore = /\b(?:no|without|denies|denied|negative for|absent|free of)\b[^.;,\n]*$/i;

/**
 * Tests by name. Abbreviations match as written (case-sensitive): "mg" in a dose is not Mg, "us"
 * is not US, "k" is not K. Spelled-out names match in any case.
 */
const testAbbreviations = /\b(BMP|CMP|CBC|TSH|UA|LDL|UACR|BNP|CRP|ESR|CT|MRI|XR|CXR|US|TVUS|ECG|EKG|VBG|ABG|PCR|Mg|K|Cr|EMG|NCS)\b/g;
const testWords = /\b(A1c|urinalysis|lipid|troponin|x-?ray|ultrasound|culture|hCG|glucose|flow cytometry|lactate|procalcitonin|D-dimer|ferritin|spirometry|smear)\b/gi;
const testsIn = (text: string) => [...text.matchAll(testAbbreviations), ...text.matchAll(testWords)];

function affirmed(re: RegExp, text: string): boolean {
  for (const m of text.replace(hypothetical, '').matchAll(re)) if (!deniedBefore.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

export function gradeMdm(text: string, assessment: string, items: number, detail: MdmDetail = {}): Mdm {
  const why: string[] = [];
  // Without the lines of chronic illnesses, any progression cue in the assessment counts, as before.
  const chronic = detail.chronic ?? [assessment];
  let problems = items >= 3 ? 3 : 2;
  const worse = chronic.some((line) => affirmed(chronicWorse, line));
  if (worse || chronic.length >= 2 || affirmed(acuteSerious, assessment)) problems = 3;
  if (affirmed(highProblem, assessment)) problems = 4;
  why.push(`problems: ${items} addressed${detail.chronic ? `, ${detail.chronic.length} chronic` : ''}, graded ${problems}`);
  // Tests the practice reports separately (dipstick, ECG read in the office) are not counted as data (CPT E/M guidelines).
  const name = (m: RegExpMatchArray) => m[1]!.toLowerCase();
  const billed = new Set((detail.billedTests ?? []).flatMap((line) => testsIn(line).map(name)));
  const tests = new Set<string>();
  for (const m of testsIn(text)) {
    if (!billed.has(name(m))) tests.add(name(m));
  }
  let cat1 = tests.size;
  if (/\bhistorian\b/i.test(text)) cat1++;
  if (/\b(?:records|notes|report|outside work-?up)\b[^.\n]{0,20}\breviewed\b|\boutside\b/i.test(text)) cat1++;
  const interp = /\b(?:my (?:independent )?interpretation|reviewed by me|images reviewed by me|waveforms reviewed|independent interpretation)\b/i.test(text);
  const discussion = /\bdiscussed (?:directly )?with (?:dr\.?|nephrology|cardiology|ortho|pharmacy|podiatry|vascular)/i.test(text);
  const categories = (cat1 >= 3 ? 1 : 0) + (interp ? 1 : 0) + (discussion ? 1 : 0);
  const data = categories >= 2 ? 4 : categories >= 1 ? 3 : cat1 >= 2 ? 2 : 1;
  why.push(`data: ${cat1} tests/documents/historian${billed.size ? ` (not counting ${[...billed].join(', ')}, reported separately)` : ''}${interp ? ', independent interpretation' : ''}${discussion ? ', discussion with another physician' : ''}, graded ${data}`);
  const risk = highRisk.test(text) ? 4 : rxDrug.test(assessment) ? 3 : 2;
  why.push(`risk: ${risk === 4 ? 'high (hospital-level decision or intensive monitoring)' : risk === 3 ? 'moderate (prescription drug management)' : 'low'}`);
  const level = [problems, data, risk].sort((a, b) => b - a)[1]!;
  return { problems, data, risk, level, why };
}
