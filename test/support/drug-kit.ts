/**
 * A small Table of Drugs for the drug rules' table tests: rows as the compiled index holds them
 * (each cell a subterm named by its column heading), the Tabular codes they point at with the
 * T36-T65 7th characters, and the few conditions the test statements name. Rows and codes are
 * copied from the official FY2025 Table and the Tabular List.
 */
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { findDiagnoses } from '../../shared/coding/diagnoses.ts';
import type { GuidelineRule, RuleContext } from '../../shared/coding/guidelines/rule.ts';
import { sections } from '../../shared/coding/note/sections.ts';
import type { Setting } from '../../shared/contracts/suggestion.ts';
import { activeCodes, kitCodeSets, type Kit } from './coding-kit.ts';

const heads = [
  'Poisoning Accidental (unintentional)',
  'Poisoning Intentional self-harm',
  'Poisoning Assault',
  'Poisoning Undetermined',
  'Adverse effect',
  'Underdosing',
];

/** A Table row: its path and its cell codes by column (null for "--"). */
const rows: [string[], string, string, (string | null)[]][] = [
  [['Acetaminophen'], 'T39.1X', '4-Aminophenol derivatives', ['1', '2', '3', '4', '5', '6']],
  [['Metoprolol'], 'T44.7X', 'beta-adrenoreceptor antagonists', ['1', '2', '3', '4', '5', '6']],
  [['Antagonist', 'beta-adrenoreceptor'], 'T44.7X', 'beta-adrenoreceptor antagonists', ['1', '2', '3', '4', '5', '6']],
  [['Amiodarone'], 'T46.2X', 'other antidysrhythmic drugs', ['1', '2', '3', '4', '5', '6']],
  [['Lisinopril'], 'T46.4X', 'angiotensin-converting-enzyme inhibitors', ['1', '2', '3', '4', '5', '6']],
  [['Inhibitor', 'angiotensin-converting enzyme'], 'T46.4X', 'angiotensin-converting-enzyme inhibitors', ['1', '2', '3', '4', '5', '6']],
  [['Antidepressant', 'selective serotonin reuptake inhibitor'], 'T43.22', 'selective serotonin reuptake inhibitors', ['1', '2', '3', '4', '5', '6']],
  [['Venom, venomous', 'bee'], 'T63.44', 'venom of bees', ['1', '2', '3', '4', null, null]],
  [['Venom, venomous', 'spider', 'black widow'], 'T63.31', 'venom of black widow spider', ['1', '2', '3', '4', null, null]],
  [['Venom, venomous', 'snake'], 'T63.00', 'unspecified snake venom', ['1', '2', '3', '4', null, null]],
  [['Methicillin'], 'T36.0X', 'penicillins', ['1', '2', '3', '4', '5', '6']],
  [['Cannabis'], 'T40.71', 'cannabis', ['1', '2', '3', '4', '5', '6']],
  [['Opioid NEC'], 'T40.2X', 'other opioids', ['1', '2', '3', '4', '5', '6']],
  [['Fentanyl'], 'T40.41', 'fentanyl or fentanyl analogs', ['1', '2', '3', '4', '5', '6']],
  [['Levodopa'], 'T42.8X', 'antiparkinsonism drugs and other central muscle-tone depressants', ['1', '2', '3', '4', '5', '6']],
];

const intents = ['accidental (unintentional)', 'intentional self-harm', 'assault', 'undetermined'];

function tableKit(): Kit {
  const titles: Kit['titles'] = [];
  const index: NonNullable<Kit['index']> = [];
  const notes: NonNullable<Kit['notes']> = {};
  const seen = new Set<string>();
  for (const [path, stem, name, cells] of rows) {
    notes[stem.slice(0, 3)] = {
      sevenChr: [
        ['A', 'initial encounter'],
        ['D', 'subsequent encounter'],
        ['S', 'sequela'],
      ],
    };
    cells.forEach((c, i) => {
      if (!c) return;
      const code = stem + c;
      index.push({ path: [...path, heads[i]!], code });
      if (seen.has(code)) return;
      seen.add(code);
      const what =
        i < 4
          ? `${stem.startsWith('T63') ? 'Toxic effect of' : 'Poisoning by'} ${name}, ${intents[i]}`
          : `${i === 4 ? 'Adverse effect of' : 'Underdosing of'} ${name}`;
      titles.push([code, false, what]);
      for (const [ch, enc] of [
        ['A', 'initial encounter'],
        ['D', 'subsequent encounter'],
        ['S', 'sequela'],
      ])
        titles.push([code.padEnd(7, 'X') + ch, true, `${what}, ${enc}`]);
    });
  }
  notes.T14 = { sevenChr: [['A', 'initial encounter']] };
  titles.push(
    ['T14.91', false, 'Suicide attempt'],
    ['T14.91XA', true, 'Suicide attempt, initial encounter'],
    ['R11.2', true, 'Nausea with vomiting, unspecified'],
    ['R55', true, 'Syncope and collapse'],
    ['F41.9', true, 'Anxiety disorder, unspecified'],
    ['G20.B2', true, "Parkinson's disease with dyskinesia, with fluctuations"],
    ['F33.2', true, 'Major depressive disorder, recurrent severe without psychotic features'],
    ['I95.2', true, 'Hypotension due to drugs'],
    ['I95.9', true, 'Hypotension, unspecified'],
    ['E03.2', true, 'Hypothyroidism due to medicaments and other exogenous substances'],
    ['E03.9', true, 'Hypothyroidism, unspecified'],
    ['Z91.120', true, "Patient's intentional underdosing of medication regimen due to financial hardship"],
    ['Z91.128', true, "Patient's intentional underdosing of medication regimen for other reason"],
    ['Z91.130', true, "Patient's unintentional underdosing of medication regimen due to age-related debility"],
    ['Z91.148', true, "Patient's other noncompliance with medication regimen for other reason"],
    ['Z91.138', true, "Patient's unintentional underdosing of medication regimen for other reason"],
  );
  index.push(
    { path: ['Suicide, suicidal'], code: 'T14.91', nemod: '(attempted)' },
    { path: ['Syncope'], code: 'R55' },
    { path: ['Anxiety'], code: 'F41.9' },
    { path: ["Parkinson's disease", 'with dyskinesia', 'with fluctuations'], code: 'G20.B2' },
    { path: ['Hypotension'], code: 'I95.9' },
    { path: ['Hypotension', 'due to', 'drugs'], code: 'I95.2' },
    { path: ['Hypothyroidism'], code: 'E03.9' },
    { path: ['Hypothyroidism', 'due to', 'medicament NEC'], code: 'E03.2' },
  );
  return { titles, index, notes };
}

export const drugKitCodeSets: CodeSets = kitCodeSets(tableKit(), { tree: true });

/** The note's diagnoses as findDiagnoses reads them, then the rules in order; the active codes in sequence. */
export function runDrugRules(rules: GuidelineRule[], text: string, setting: Setting = 'ed', codeSets = drugKitCodeSets): string[] {
  const doc = { text, setting, patient: {}, dateOfService: '2026-01-15' };
  const secs = sections(text);
  const ctx: RuleContext = { doc, codeSets, sections: secs, findings: findDiagnoses(doc, codeSets, secs), queries: [] };
  for (const r of rules) r(ctx);
  return activeCodes(ctx);
}
