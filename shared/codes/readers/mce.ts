import { CodeSetFileError } from '../errors.ts';
import type { CompiledMce, MceAge } from '../model.ts';

const AGES: MceAge[] = ['newborn', 'pediatric', 'maternity', 'adult'];

/**
 * Reads the Medicare Code Editor lists (JSON: age_categories and codes lists, codes without
 * dots). A missing list or a bad entry names the field, so a partial list never passes.
 */
export function readMceJson(text: string, fileName: string): CompiledMce {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CodeSetFileError(fileName, 'JSON', (e as Error).message);
  }
  const root = data as { age_categories?: Record<string, { min_age?: unknown; max_age?: unknown }>; codes?: Record<string, unknown>; description?: unknown };
  const ageRanges = {} as CompiledMce['ageRanges'];
  for (const age of AGES) {
    const r = root.age_categories?.[age];
    if (typeof r?.min_age !== 'number' || typeof r.max_age !== 'number') {
      throw new CodeSetFileError(fileName, `age_categories.${age}`, 'missing min_age/max_age');
    }
    ageRanges[age] = { min: r.min_age, max: r.max_age };
  }
  const list = (field: string): string[] => {
    const items = root.codes?.[field];
    if (!Array.isArray(items)) throw new CodeSetFileError(fileName, `codes.${field}`, 'missing list');
    return items.map((it, i) => {
      const code = (it as { code?: unknown })?.code;
      if (typeof code !== 'string' || !/^[A-Z]\d[0-9A-Z]{1,5}$/.test(code)) {
        throw new CodeSetFileError(fileName, `codes.${field}[${i}]`, 'not an undotted ICD-10-CM code');
      }
      return code;
    });
  };
  const version = typeof root.description === 'string' ? (root.description.match(/v\d+/)?.[0] ?? 'unknown') : 'unknown';
  return {
    format: 1,
    version,
    source: fileName.split(/[\\/]/).pop()!,
    ageRanges,
    lists: {
      manifestation: list('manifestation_not_pdx'),
      unacceptableFirst: list('unacceptable_pdx'),
      newborn: list('age_newborn'),
      pediatric: list('age_pediatric'),
      maternity: list('age_maternity'),
      adult: list('age_adult'),
    },
  };
}
