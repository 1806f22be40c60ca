import { undotted } from './format.ts';
import type { CompiledMce, MceAge } from './model.ts';

const AGES: MceAge[] = ['newborn', 'pediatric', 'maternity', 'adult'];

// When no MCE file was built the edits are silent rather than invented; these are CMS's
// published age ranges (v43), used only for mceAgeRange so callers still get a defined answer.
const DEFAULT_RANGES: Record<MceAge, { min: number; max: number }> = {
  newborn: { min: 0, max: 0 },
  pediatric: { min: 0, max: 17 },
  maternity: { min: 9, max: 64 },
  adult: { min: 15, max: 124 },
};

/**
 * Medicare Code Editor lists. A list entry that is a category or subcategory covers the codes
 * below it (CMS lists some edits at that level), so lookups walk the code's prefixes.
 */
export class MceSet {
  private readonly age = new Map<string, MceAge>();
  private readonly manifestation: Set<string>;
  private readonly unacceptable: Set<string>;

  constructor(private readonly compiled?: CompiledMce) {
    this.manifestation = new Set(compiled?.lists.manifestation);
    this.unacceptable = new Set(compiled?.lists.unacceptableFirst);
    for (const a of AGES) for (const c of compiled?.lists[a] ?? []) this.age.set(c, a);
  }

  lookup(code: string): { age?: MceAge; manifestation: boolean; unacceptableFirst: boolean } {
    const c = undotted(code);
    let age: MceAge | undefined;
    let manifestation = false;
    let unacceptableFirst = false;
    for (let n = c.length; n >= 3; n--) {
      const p = c.slice(0, n);
      age ??= this.age.get(p);
      manifestation ||= this.manifestation.has(p);
      unacceptableFirst ||= this.unacceptable.has(p);
    }
    return { ...(age && { age }), manifestation, unacceptableFirst };
  }

  ageRange(age: MceAge): { min: number; max: number } {
    return { ...(this.compiled?.ageRanges[age] ?? DEFAULT_RANGES[age]) };
  }
}
