import type { CodeSets } from '../../codes/code-sets.ts';

/**
 * The code-set queries the claim rules need beyond `icd()`. They are declared optional so a
 * rule degrades to silence (or a documented fallback) when an index lacks them, instead of
 * throwing; the shapes are those of shared/codes.
 */
export interface MceInfo {
  age?: 'newborn' | 'pediatric' | 'maternity' | 'adult';
  manifestation: boolean;
  unacceptableFirst: boolean;
}
export interface CodeRefLike {
  code: string;
  text: string;
}
export interface Extras {
  mce(code: string): MceInfo | null | undefined;
  mceAgeRange(age: NonNullable<MceInfo['age']>): { min: number; max: number };
  excludes1Conflict(a: string, b: string, dos?: string): CodeRefLike | null;
  hcpcs(code: string, dos?: string): { code: string } | null;
  hcpcsModifier(code: string): { code: string; title: string } | null;
}

export function extras(codeSets: CodeSets): Partial<Extras> {
  const cs = codeSets as unknown as Partial<Extras>;
  const bind = <K extends keyof Extras>(k: K) =>
    (typeof cs[k] === 'function' ? (cs[k] as (...a: unknown[]) => unknown).bind(codeSets) : undefined) as Extras[K] | undefined;
  return {
    mce: bind('mce'),
    mceAgeRange: bind('mceAgeRange'),
    excludes1Conflict: bind('excludes1Conflict'),
    hcpcs: bind('hcpcs'),
    hcpcsModifier: bind('hcpcsModifier'),
  };
}
