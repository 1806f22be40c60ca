import type { Rule } from '../rule.ts';
import { sidedSibling, sideOfModifier } from '../lib/laterality.ts';

export const dxUnspecified: Rule = {
  meta: {
    id: 'dx-unspecified',
    title: 'Unspecified diagnosis where the claim shows the detail',
    severity: 'warning',
    carc: '16',
    description: 'An unspecified-side diagnosis pointed to by a line carrying RT or LT: the side is known, so the specific code applies.',
    source: 'ICD-10-CM Official Guidelines I.B.13 (laterality) and I.A.9 (unspecified codes)',
  },
  check({ claim, codeSets, report }) {
    const done = new Set<number>();
    claim.lines.forEach((line, li) => {
      const sides = [...new Set(line.modifiers.map(sideOfModifier).filter((s) => s !== null))];
      if (sides.length !== 1) return;
      const side = sides[0]!;
      for (const p of line.diagnosisPointers) {
        const dx = claim.diagnoses[p - 1];
        if (!dx || done.has(p - 1)) continue;
        const specific = sidedSibling(codeSets, dx, side, line.dateOfService ?? undefined);
        if (!specific) continue;
        done.add(p - 1);
        report({
          field: `diagnoses[${p - 1}]`,
          message: `${dx} is an unspecified-side code, but line ${li + 1} (${line.code}) carries ${side === 'right' ? 'RT' : 'LT'}`,
          fix: `use ${specific.code} (${specific.title}) if the documentation confirms the ${side} side`,
        });
      }
    });
  },
};
