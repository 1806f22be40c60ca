import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { generatedDir } from '../../cli/codesets/paths.ts';
import type { CodeSets } from '../../shared/codes/code-sets.ts';
import { indexTree } from '../../shared/coding/matcher/index-source.ts';
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

/** The compiled code sets, loaded once for the enclosing describe (read them inside tests). */
export function builtCodeSets(): () => CodeSets {
  let cs: CodeSets;
  beforeAll(async () => {
    cs = await loadCodeSets();
  }, 60_000);
  return () => cs;
}

/** The code the compiled Alphabetic Index gives at a path of term titles (nonessential modifiers aside), as the index writes it. */
export function indexCode(cs: CodeSets, path: string[]): string | undefined {
  const tree = indexTree(cs);
  if (!tree) return undefined;
  const titleIs = (id: number, t: string) => tree.title(id).toLowerCase() === t.toLowerCase();
  for (let r = 0; r < tree.refs; r++) {
    let id = tree.refNode(r);
    let ok = true;
    for (let i = path.length - 1; i >= 0 && ok; i--, id = tree.parent(id)) ok = id >= 0 && titleIs(id, path[i]!);
    if (ok && id < 0) return tree.refCode(r);
  }
  return undefined;
}
