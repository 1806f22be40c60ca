import type { Rule } from '../rule.ts';

const bare = (d: string) => d.replace(/[.\s]/g, '').toUpperCase();

export const medicalNecessity: Rule = {
  meta: {
    id: 'medical-necessity',
    title: 'Diagnosis does not support the service',
    severity: 'error',
    carc: '50',
    description: "A line whose pointed diagnoses are all outside the payer profile's covered diagnoses for that code.",
    source: 'payer profile coveredDiagnoses (coverage policy / LCD-style list)',
  },
  check({ claim, profile, report }) {
    const covered = new Map(Object.entries(profile.coveredDiagnoses).map(([code, dx]) => [code.toUpperCase(), new Set(dx.map(bare))]));
    claim.lines.forEach((line, i) => {
      const list = line.code ? covered.get(line.code) : undefined;
      if (!list) return;
      const pointed = line.diagnosisPointers.map((p) => claim.diagnoses[p - 1]).filter((d): d is string => !!d);
      if (!pointed.length || pointed.some((d) => list.has(bare(d)))) return;
      const sample = [...(profile.coveredDiagnoses[line.code!] ?? [])].slice(0, 6).join(', ');
      report({
        field: `lines[${i}].diagnosisPointers`,
        message: `line ${i + 1}: ${line.code} points to ${pointed.join(', ')}, ${pointed.length > 1 ? 'none of which' : 'which'} ${profile.name ?? profile.id} ${pointed.length > 1 ? 'covers' : 'does not cover'} for ${line.code}`,
        fix: `point the line to a documented covered diagnosis (e.g. ${sample}${list.size > 6 ? ', …' : ''}), or get an advance beneficiary notice / waiver signed`,
        source: `payer profile ${profile.id}: coveredDiagnoses for ${line.code}`,
      });
    });
  },
};
