import type { Hit } from './cue.ts';
import { gradeData } from './data.ts';
import { type Graded, gradeProblems, type ProblemItem } from './problems.ts';
import { gradeRisk } from './risk.ts';

/**
 * Medical decision making (AMA CPT 2021 office / 2023 other-setting E/M guidelines): problems,
 * data and risk each graded 1 (straightforward) .. 4 (high); the level is the one met or exceeded
 * by two of the three elements.
 */
export interface Mdm {
  problems: number;
  data: number;
  risk: number;
  level: number;
  why: string[];
  evidence: Hit[];
}

export interface MdmInput {
  text: string;
  setting: string;
  /** The problems addressed, one item each. */
  items: ProblemItem[];
  /** Whether the items come from an assessment, plan or MDM section (else the whole note was read). */
  sectioned?: boolean;
  /** Spans not read for data (history, medication and allergy lists), and spans not read for tests (the HPI's past results too). */
  notData: [number, number][];
  notTests: [number, number][];
  /** Tests the same physician reports separately (not counted as data). */
  billed: Set<string>;
  /** Where management is decided. */
  plan: { text: string; offset: number }[];
  /** The note is the hospital admission (its title says so): the decision to admit is this encounter's. */
  admission?: boolean;
}

/** An admission weighed against discharge, not decided ("Admission vs discharge discussed", "Considered admission; meets d/c criteria"). */
const weighed = /\b(?:vs\.?|versus|consider\w*|discuss\w*|d\/c|discharg\w*)\b/i;

/**
 * The emergency physician admits the patient: the illness needs hospital-level treatment, so without treatment it threatens
 * life or bodily function in the near term (AMA's definition of the high problem), whatever words name it.
 */
function admittedFromEd(input: MdmInput, risk: Graded): Hit | undefined {
  if (input.setting !== 'ed') return undefined;
  return risk.evidence.find((h) => {
    if (h.label !== 'decision regarding hospitalization or observation') return false;
    const sentence = input.text.slice(0, h.start).split(/[.\n]/).at(-1)! + input.text.slice(h.start).split(/[.\n]/)[0];
    return !weighed.test(sentence);
  });
}

export function gradeMdm(input: MdmInput): Mdm {
  let p = gradeProblems(input.items);
  const d = gradeData({ text: input.text, billed: input.billed, notData: input.notData, notTests: input.notTests, setting: input.setting });
  const r = gradeRisk({ parts: input.plan, setting: input.setting, admission: input.admission });
  const admitted = p.level < 4 ? admittedFromEd(input, r) : undefined;
  if (admitted)
    p = {
      level: 4,
      why: p.why.replace(
        /; (\w+) \(/,
        `; high (admitted from the ED, a threat to bodily function without hospital treatment: "${admitted.text}"); graded alone $1 (`,
      ),
      evidence: [...p.evidence, admitted],
    };
  const level = [p.level, d.level, r.level].sort((a, b) => b - a)[1]!;
  return { problems: p.level, data: d.level, risk: r.level, level, why: [p.why, d.why, r.why], evidence: [...p.evidence, ...d.evidence, ...r.evidence] };
}
