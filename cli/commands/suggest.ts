import { extname } from 'node:path';
import { ClinicalDocument, Setting } from '../../shared/contracts/suggestion.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { dateFlag, parseArgs, stringFlag, type ParsedArgs } from '../args.ts';
import { runBatch } from '../batch.ts';
import { loadCodeSets } from '../codesets/load.ts';
import { InputError } from '../input-error.ts';
import { parseWith, readJson, readText } from '../read-input.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['setting', 'age', 'sex', 'dos', 'json', 'jsonl'], ['json', 'jsonl']);
  const base = documentFlags(args);
  const codeSets = await loadCodeSets();
  const one = (file: string) => suggest(readDocument(file, base), codeSets);
  if (args.flags.has('jsonl')) return runBatch(args.positional, one);
  if (args.positional.length !== 1) throw new InputError('suggest needs exactly one note file (or - for stdin)');
  console.log(JSON.stringify(one(args.positional[0]!)));
  return 0;
}

type DocFlags = Omit<ClinicalDocument, 'text'>;

function documentFlags(args: ParsedArgs): DocFlags {
  const setting = stringFlag(args, 'setting') ?? 'office';
  if (!Setting.safeParse(setting).success) {
    throw new InputError(`--setting must be one of ${Setting.options.join(' ')}, got "${setting}"`);
  }
  const ageText = stringFlag(args, 'age');
  const age = ageText === undefined ? undefined : Number(ageText);
  if (age !== undefined && !(Number.isInteger(age) && age >= 0 && age <= 130)) {
    throw new InputError(`--age must be a whole number of years 0-130, got "${ageText}"`);
  }
  const sex = stringFlag(args, 'sex');
  if (sex !== undefined && !['F', 'M', 'U'].includes(sex)) throw new InputError(`--sex must be F, M or U, got "${sex}"`);
  return {
    setting: setting as Setting,
    patient: { ...(age !== undefined && { age }), ...(sex && { sex: sex as 'F' | 'M' | 'U' }) },
    dateOfService: dateFlag(args, 'dos'),
  };
}

/** A .json file is a note of the evaluation-set shape (CONTRACTS §2): its fields win over flags. */
function readDocument(file: string, base: DocFlags): ClinicalDocument {
  if (extname(file).toLowerCase() !== '.json') return { ...base, text: readText(file) };
  const raw = readJson(file) as Record<string, unknown>;
  const note = parseWith(ClinicalDocument.pick({ text: true, patient: true }).extend({ setting: Setting.optional() }), raw, file);
  return {
    ...base,
    text: note.text,
    setting: note.setting ?? base.setting,
    patient: { ...base.patient, ...note.patient },
  };
}
