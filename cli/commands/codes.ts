import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateFlag, parseArgs, stringFlag, type ParsedArgs } from '../args.ts';
import { buildCodeSets } from '../codesets/build.ts';
import { loadCodeSets } from '../codesets/load.ts';
import { findSourceDir, missingSourceHelp, generatedDir } from '../codesets/paths.ts';
import { CodeSetFileError } from '../../shared/codes/errors.ts';
import { MANIFEST_FORMAT } from '../../shared/codes/model.ts';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { InputError } from '../input-error.ts';

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'lookup':
        return await lookup(rest);
      case 'stats':
        return await stats(rest);
      case 'search':
        return await search(rest);
      case 'build':
        return build(rest);
      default:
        throw new InputError(`unknown subcommand "${sub ?? ''}" (lookup, stats, search, build)`);
    }
  } catch (e) {
    // A bad release file is bad input: one line naming the file and the place, no stack.
    if (e instanceof CodeSetFileError) throw new InputError(e.message);
    throw e;
  }
}

/**
 * ICD-10-CM first, then a HCPCS Level II code, then a modifier. 591 undotted codes are both an
 * ICD-10-CM and a HCPCS code (A0100: typhoid fever / taxi): `system` picks one side.
 */
export function lookupOne(codeSets: CodeSets, code: string, dos?: string, system?: 'ICD-10-CM' | 'HCPCS'): object {
  const icd = system === 'HCPCS' ? null : codeSets.icd(code, dos);
  if (icd) return icd;
  if (system === 'ICD-10-CM' || code.includes('.')) return { code, found: false };
  const hcpcs = codeSets.hcpcs(code, dos);
  if (hcpcs) return hcpcs;
  const modifier = code.trim().length === 2 ? codeSets.hcpcsModifier(code) : null;
  if (modifier) return { system: 'HCPCS-modifier', ...modifier };
  return { code, found: false };
}

async function lookup(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['dos', 'json', 'system'], ['json']);
  if (args.positional.length === 0) throw new InputError('lookup needs at least one code');
  const dos = dateFlag(args, 'dos');
  const system = systemFlag(args);
  const codeSets = await loadCodeSets();
  for (const code of args.positional) console.log(JSON.stringify(lookupOne(codeSets, code, dos, system)));
  return 0;
}

function systemFlag(args: ParsedArgs): 'ICD-10-CM' | 'HCPCS' | undefined {
  const system = stringFlag(args, 'system');
  if (system !== undefined && system !== 'ICD-10-CM' && system !== 'HCPCS') throw new InputError(`--system is ICD-10-CM or HCPCS, got "${system}"`);
  return system;
}

async function stats(argv: string[]): Promise<number> {
  parseArgs(argv, ['json'], ['json']);
  const codeSets = await loadCodeSets();
  console.log(JSON.stringify({ icd10cm: codeSets.icdStats(), hcpcs: codeSets.hcpcsStats() }));
  return 0;
}

async function search(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['dos', 'json', 'limit', 'system'], ['json']);
  const words = args.positional.join(' ').trim();
  if (!words) throw new InputError('search needs words, e.g. codes search "type 2 diabetes ckd"');
  const limitFlag = stringFlag(args, 'limit');
  const limit = limitFlag === undefined ? 10 : Number(limitFlag);
  if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit must be a positive integer, got "${limitFlag}"`);
  const system = systemFlag(args);
  const codeSets = await loadCodeSets();
  const dos = dateFlag(args, 'dos');
  for (const hit of codeSets.search(words, { limit, ...(dos && { dos }), ...(system && { system }) })) console.log(JSON.stringify(hit));
  return 0;
}

function build(argv: string[]): number {
  const args = parseArgs(argv, ['from', 'if-needed'], ['if-needed']);
  // --if-needed (npm postinstall) skips a built index and never fails the install.
  const soft = args.flags.has('if-needed');
  if (soft && currentIndex()) return 0;
  const source = findSourceDir(stringFlag(args, 'from'));
  if (!source) {
    if (soft) {
      console.warn(`chartside: ${missingSourceHelp}`);
      return 0;
    }
    throw new InputError(missingSourceHelp);
  }
  const started = Date.now();
  try {
    const manifest = buildCodeSets(source, (m) => console.error(`codes build: ${m}`));
    console.error(
      `codes build: wrote ${manifest.icd10cm.length} ICD-10-CM year(s), ${manifest.hcpcs.length} HCPCS quarter(s) to ${generatedDir} in ${Date.now() - started} ms`,
    );
  } catch (e) {
    if (!soft) throw e;
    console.warn(`chartside: code-set build skipped: ${(e as Error).message}`);
  }
  return 0;
}

/** A built index of the current shape (an older one is rebuilt, not half-used). */
function currentIndex(): boolean {
  const path = join(generatedDir, 'manifest.json');
  if (!existsSync(path)) return false;
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown }).format === MANIFEST_FORMAT;
  } catch {
    return false;
  }
}
