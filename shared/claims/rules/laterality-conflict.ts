import type { Rule } from '../rule.ts';
import { sideOfModifier, sideOfTitle } from '../lib/laterality.ts';

export const lateralityConflict: Rule = {
  meta: {
    id: 'laterality-conflict',
    title: 'Side modifier contradicts the diagnosis',
    severity: 'error',
    carc: '4',
    description: 'RT/LT on a line contradicting the laterality of every diagnosis it points to (bilateral and unspecified-side diagnoses contradict neither).',
    source: 'HCPCS modifiers RT/LT; ICD-10-CM laterality (Official Guidelines I.B.13)',
  },
  check({ claim, codeSets, report }) {
    claim.lines.forEach((line, i) => {
      const sides = new Set(line.modifiers.map(sideOfModifier).filter((s) => s !== null));
      if (sides.size !== 1) return; // none, or both RT and LT: nothing one-sided to compare
      const side = [...sides][0]!;
      const pointed = line.diagnosisPointers
        .map((p) => claim.diagnoses[p - 1])
        .filter((d): d is string => !!d)
        .map((d) => ({ code: d, hit: codeSets.icd(d, line.dateOfService ?? undefined) }));
      if (!pointed.length) return;
      const opposite = side === 'right' ? 'left' : 'right';
      if (!pointed.every((d) => d.hit && sideOfTitle(d.hit.title) === opposite)) return;
      const mod = side === 'right' ? 'RT' : 'LT';
      report({
        field: `lines[${i}].modifiers`,
        message: `line ${i + 1} (${line.code}) carries ${mod} (${side} side) but ${pointed.map((d) => `${d.code} (${d.hit!.title})`).join(', ')} ${pointed.length > 1 ? 'are' : 'is'} ${opposite}-sided`,
        fix: `if the service was on the ${opposite} side, change ${mod} to ${mod === 'RT' ? 'LT' : 'RT'}; if it was on the ${side} side, point the line to the ${side}-side diagnosis`,
      });
    });
  },
};
