import { baseOf } from '../../codes/year-view.ts';
import type { CodeSets } from '../../codes/code-sets.ts';
import { completeCode } from '../matcher/complete-code.ts';
import type { Token } from '../text/tokens.ts';

export type Completed = { code: string; title: string; why?: string };

/**
 * A Table cell completed: by side (complete-code.ts), else, where the code's subdivisions are by
 * sex ("female breast" / "male breast"), by the patient's sex (CMS MCE sex edits), then by side.
 */
export function completeSite(codeSets: CodeSets, dos: string | undefined, cell: string, said: Token[], sex?: 'F' | 'M' | 'U'): Completed | null {
  const sides = [...new Set(said.map((t) => t.stem).filter((w) => w === 'right' || w === 'left' || w === 'bilateral'))];
  const statement = sides.length ? `(${sides.join(' ')})` : '';
  // The same cell, side and sex complete the same way: kept per code set (a warm note pays a lookup).
  let memo = completed.get(baseOf(codeSets));
  if (!memo) completed.set(baseOf(codeSets), (memo = new Map()));
  const key = `${cell}|${statement}|${sex ?? ''}|${codeSets.icdYearFor(dos) ?? ''}`;
  if (!memo.has(key)) memo.set(key, completeCell(codeSets, dos, cell, statement, sex));
  return memo.get(key)!;
}

const completed = new WeakMap<CodeSets, Map<string, Completed | null>>();

function completeCell(codeSets: CodeSets, dos: string | undefined, cell: string, statement: string, sex?: 'F' | 'M' | 'U'): Completed | null {
  const code = cell.replace(/-$/, '');
  const flat = code.replace('.', '');
  const kids = [...'0123456789'].map((c) => codeSets.icd(flat + c, dos)).filter((k) => k !== null);
  if (kids.some((k) => /\bfemale\b/i.test(k.title))) {
    if (sex !== 'F' && sex !== 'M') return null;
    const word = sex === 'F' ? /\bfemale\b/i : /\bmale\b/i;
    const kid = kids.find((k) => word.test(k.title));
    const next = kid ? completeCode(codeSets, kid.code, dos, statement) : null;
    return next ? { ...next, why: ["CMS MCE: the patient's sex picks the subdivision", next.why].filter(Boolean).join('; ') } : null;
  }
  return completeCode(codeSets, code, dos, statement);
}
