import type { ClinicalDocument } from '../../contracts/suggestion.ts';

export interface CptHit {
  code: string;
  label: string;
  start: number;
  end: number;
  units?: number;
  modifiers?: string[];
  surgical: boolean;
}

/** Documented services -> CPT, with labels the project writes itself (never AMA descriptors). */
type Rule = {
  re: RegExp;
  code: string | ((m: RegExpExecArray, text: string) => string | null);
  label: string;
  surgical?: boolean;
  when?: (doc: ClinicalDocument) => boolean;
  units?: (m: RegExpExecArray, text: string) => number;
  modifiers?: (m: RegExpExecArray, text: string) => string[];
};

const notEd = (d: ClinicalDocument) => d.setting !== 'ed';
const notPrenatal = (d: ClinicalDocument) => !/\bprenatal\b/i.test(d.text);

function laceration(m: RegExpExecArray, text: string): string | null {
  const len =
    /(\d+(?:\.\d+)?)\s*cm\b/.exec(text.slice(m.index, m.index + 300)) ??
    /(\d+(?:\.\d+)?)\s*cm\b[^.\n]*laceration|laceration[^.\n]*?(\d+(?:\.\d+)?)\s*cm/i.exec(text);
  const cm = Number(len?.[1] ?? len?.[2] ?? 0);
  const face = /\b(?:face|facial|ear|eyelid|nose|lip|forehead|cheek)\b/i.test(text.slice(Math.max(0, m.index - 200), m.index + 200));
  const steps = face
    ? [
        [2.5, '12011'],
        [5, '12013'],
        [7.5, '12014'],
        [12.5, '12015'],
      ]
    : [
        [2.5, '12001'],
        [7.5, '12002'],
        [12.5, '12004'],
        [20, '12005'],
      ];
  return (steps.find(([max]) => cm <= (max as number))?.[1] as string | undefined) ?? (face ? '12016' : '12006');
}

export const cptRules: Rule[] = [
  { re: /\bvenipuncture\b/i, code: '36415', label: 'Routine venous blood draw', when: notEd },
  {
    re: /\b(?:ECG|EKG)\s*\((?:performed|interpreted)[^)]*\)|\b(?:ECG|EKG)\b[^.\n]{0,30}(?:performed and interpreted|interpreted in clinic)/i,
    code: '93000',
    label: 'Electrocardiogram with tracing and interpretation',
    when: notEd,
  },
  {
    re: /\b(?:PHQ-9|GAD-7|PHQ-2|EPDS|M-CHAT)\b[^.\n]{0,40}\badministered\b/i,
    code: '96127',
    label: 'Brief standardized emotional/behavioral assessment',
    when: notEd,
    units: (_m, t) => new Set(t.match(/\b(?:PHQ-9|GAD-7|PHQ-2|EPDS|M-CHAT)\b/gi)?.map((x) => x.toUpperCase())).size,
  },
  {
    re: /\bnon-automated dipstick|\burine dip(?:stick)?\b.*\bnon-automated|\bUA dip\b/i,
    code: '81002',
    label: 'Urinalysis by dipstick, non-automated, without microscopy',
    when: (d) => notEd(d) && notPrenatal(d),
  },
  { re: /\burine (?:hCG|pregnancy test)\b/i, code: '81025', label: 'Urine pregnancy test, visual', when: notEd },
  { re: /\bSARS-CoV-2 (?:rapid )?antigen\b|\bCOVID(?:-19)? (?:rapid )?antigen\b/i, code: '87811', label: 'SARS-CoV-2 antigen test, visual read', when: notEd },
  { re: /\brapid strep\b/i, code: '87880', label: 'Rapid streptococcus antigen test', when: notEd },
  {
    re: /\b(?:IM|intramuscular(?:ly)?|SC|subcutaneous(?:ly)?)\b[^.\n]{0,30}\bgiven\b|\bgiven in clinic\b/i,
    code: '96372',
    label: 'Therapeutic injection, IM or SC',
    when: (d) => notEd(d) && d.setting !== 'procedure',
  },
  {
    re: /\b(?:knee|shoulder|hip)\b[^.\n]{0,30}\bintra-articular injection\b|\bintra-articular injection\b[^.\n]{0,40}\b(?:knee|shoulder|hip)\b/i,
    code: (_m, t) => (/\bno ultrasound\b|landmark/i.test(t) || !/ultrasound/i.test(t) ? '20610' : '20611'),
    label: 'Major joint injection or aspiration',
    surgical: true,
  },
  {
    re: /\btransforaminal epidural\b/i,
    code: (_m, t) => (/\b(?:cervical|thoracic|C\d-\d|T\d+-\d+)\b/.test(t) ? '64479' : '64483'),
    label: 'Transforaminal epidural injection with imaging, single level',
    surgical: true,
  },
  { re: /\bchemotherapy\b[\s\S]*?\bIV over (\d+) min/i, code: '96413', label: 'Chemotherapy IV infusion, first hour' },
  { re: /\bIV push\b/i, code: (_m, t) => (/\bchemotherapy\b[\s\S]*?\bIV over \d+ min/i.test(t) ? '96375' : null), label: 'Additional sequential IV push' },
  { re: /\bflexible (?:fiberoptic )?laryngoscopy\b/i, code: '31575', label: 'Flexible diagnostic laryngoscopy', surgical: true },
  { re: /\bcysto(?:urethro)?scopy\b/i, code: '52000', label: 'Cystourethroscopy, diagnostic', surgical: true },
  {
    re: /\bremoval of impacted cerumen\b|\bcerumen removed\b/i,
    code: (_m, t) => (/\birrigation (?:only|performed)|\blavage\b/i.test(t) && !/curette|instrument/i.test(t) ? '69209' : '69210'),
    label: 'Impacted cerumen removal',
    surgical: true,
    modifiers: (_m, t) => (/\bbilateral\b/i.test(t) ? ['50'] : []),
  },
  {
    re: /\bclosed reduction of (?:\w+ )*radial head subluxation\b|\bnursemaid'?s elbow\b[^.\n]*\breduced\b/i,
    code: '24640',
    label: 'Closed treatment of radial head subluxation',
    surgical: true,
  },
  { re: /\blaceration repair\b|\bsimple (?:repair|closure)\b/i, code: laceration, label: 'Simple wound repair, by site and length', surgical: true },
  { re: /\bscreening (?:digital )?mammograph/i, code: '77067', label: 'Screening mammography, bilateral, with CAD' },
  { re: /\badvance care planning\b[^.\n]{0,60}?(\d{2})\s*min/i, code: '99497', label: 'Advance care planning, first 30 minutes' },
  {
    re: /\bskin prick test\w*|\bpercutaneous\b[^.\n]{0,30}\b(?:allergens?|testing)\b/i,
    code: '95004',
    label: 'Percutaneous allergy tests with immediate reading',
    units: (_m, t) => Number(/(\d+)\s*allergens/i.exec(t)?.[1] ?? 1),
  },
  { re: /\bpunch biopsy\b/i, code: '11104', label: 'Punch skin biopsy, single lesion', surgical: true },
  { re: /\bshave biopsy\b|\btangential biopsy\b/i, code: '11102', label: 'Tangential skin biopsy, single lesion', surgical: true },
];
