import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { generatedDir } from '../../cli/codesets/paths.ts';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { suggest } from '../../shared/coding/suggest.ts';

/** Whether the code sets compiled from the official files are here (`npx chartside codes build`). */
export const codeSetsBuilt = existsSync(join(generatedDir, 'manifest.json'));

/** Loads the compiled code sets once for the enclosing describe; returns the ICD-10-CM codes suggested for an office note. */
export function icdCodesOfOfficeNote(): (text: string) => string[] {
  let cs: CodeSets;
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);
  return (text) =>
    suggest({ text, setting: 'office', patient: {} }, cs)
      .suggestions.filter((s) => s.system === 'ICD-10-CM')
      .map((s) => s.code);
}

/** Loads the compiled code sets once for the enclosing describe; returns them (for table tests read from the official files). */
export function builtCodeSets(): () => CodeSets {
  let cs: CodeSets;
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);
  return () => cs;
}
