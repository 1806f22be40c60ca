import type { Rule } from '../rule.ts';

export const dxPointer: Rule = {
  meta: {
    id: 'dx-pointer',
    title: 'Diagnosis pointer missing or wrong',
    severity: 'error',
    carc: '16',
    description: 'Each line points to 1 to 4 of the claim diagnoses (CMS-1500 box 24E); a pointer past the list points to nothing.',
    source: 'CMS-1500 item 24E / 837P SV107',
  },
  check({ claim, report }) {
    const n = claim.diagnoses.length;
    claim.lines.forEach((line, i) => {
      const p = line.diagnosisPointers;
      const problems: string[] = [];
      const fixes: string[] = [];
      if (p.length === 0) {
        problems.push('has no diagnosis pointer');
        fixes.push('point it to the diagnosis the service treats');
      }
      const past = p.filter((x) => x < 1 || x > n);
      if (past.length) {
        problems.push(`points to diagnosis ${past.join(', ')} but the claim lists ${n}`);
        fixes.push(`use pointers between 1 and ${n}`);
      }
      if (p.length > 4) {
        problems.push(`has ${p.length} pointers; at most 4 are allowed`);
        fixes.push('keep the 4 most relevant diagnoses, primary first');
      }
      if (problems.length) {
        report({ field: `lines[${i}].diagnosisPointers`, message: `line ${i + 1} (${line.code ?? 'no code'}) ${problems.join('; ')}`, fix: fixes.join('; ') });
      }
    });
  },
};
