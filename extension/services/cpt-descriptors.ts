import type { SuggestResult } from '../../shared/contracts/suggestion.ts';
import { db } from './db.ts';

/** Replaces the stored descriptors with a file the user imported under their own AMA license. */
export async function importCptDescriptors(entries: [string, string][]): Promise<{ count: number }> {
  await db.transaction('rw', db.cpt, async () => {
    await db.cpt.clear();
    await db.cpt.bulkPut(entries.map(([code, descriptor]) => ({ code, descriptor })));
  });
  return { count: await db.cpt.count() };
}

/** CPT suggestions carry the project's own labels unless the user imported licensed descriptors. */
export async function withLicensedCptTitles(result: SuggestResult): Promise<SuggestResult> {
  const cpt = result.suggestions.filter((s) => s.system === 'CPT');
  if (cpt.length === 0 || (await db.cpt.count()) === 0) return result;
  const found = await db.cpt.bulkGet(cpt.map((s) => s.code));
  const titles = new Map(found.filter((f) => f !== undefined).map((f) => [f.code, f.descriptor]));
  return { ...result, suggestions: result.suggestions.map((s) => (s.system === 'CPT' && titles.has(s.code) ? { ...s, title: titles.get(s.code)! } : s)) };
}
