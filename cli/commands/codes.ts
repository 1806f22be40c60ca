import { dateFlag, parseArgs, stringFlag } from '../args.ts';
import { buildCodeSets } from '../codesets/build.ts';
import { loadCodeSets } from '../codesets/load.ts';
import { findSourceDir, missingSourceHelp, generatedDir } from '../codesets/paths.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../input-error.ts';

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'lookup': return lookup(rest);
    case 'stats': return stats(rest);
    case 'build': return build(rest);
    default: throw new InputError(`unknown subcommand "${sub ?? ''}" (lookup, stats, build)`);
  }
}

async function lookup(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['dos', 'json'], ['json']);
  if (args.positional.length === 0) throw new InputError('lookup needs at least one code');
  const dos = dateFlag(args, 'dos');
  const codeSets = await loadCodeSets();
  for (const code of args.positional) {
    const hit = codeSets.icd(code, dos);
    console.log(JSON.stringify(hit ?? { code, found: false }));
  }
  return 0;
}

async function stats(argv: string[]): Promise<number> {
  parseArgs(argv, ['json'], ['json']);
  const codeSets = await loadCodeSets();
  console.log(JSON.stringify({ icd10cm: codeSets.icdStats(), hcpcs: [] }));
  return 0;
}

function build(argv: string[]): number {
  const args = parseArgs(argv, ['from', 'if-needed'], ['if-needed']);
  // --if-needed (npm postinstall) skips a built index and never fails the install.
  const soft = args.flags.has('if-needed');
  if (soft && existsSync(join(generatedDir, 'manifest.json'))) return 0;
  const source = findSourceDir(stringFlag(args, 'from'));
  if (!source) {
    if (soft) {
      console.warn(`chartside: ${missingSourceHelp}`);
      return 0;
    }
    throw new InputError(missingSourceHelp);
  }
  const started = Date.now();
  const manifest = buildCodeSets(source, (m) => console.error(`codes build: ${m}`));
  console.error(`codes build: wrote ${manifest.icd10cm.length} ICD-10-CM year(s) to ${generatedDir} in ${Date.now() - started} ms`);
  return 0;
}
