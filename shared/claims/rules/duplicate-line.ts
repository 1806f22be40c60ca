import type { Rule } from '../rule.ts';

export const duplicateLine: Rule = {
  meta: {
    id: 'duplicate-line',
    title: 'Duplicate line',
    severity: 'error',
    carc: '18',
    description: 'The same code, modifiers and date of service repeated on another line.',
    source: 'Duplicate claim/service edits (CARC 18)',
  },
  check({ claim, report }) {
    const seen = new Map<string, number>();
    claim.lines.forEach((line, i) => {
      if (!line.code || !line.dateOfService) return;
      const key = `${line.code}|${[...line.modifiers].sort().join(',')}|${line.dateOfService}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      report({
        field: `lines[${i}]`,
        message: `line ${i + 1} repeats line ${first + 1}: ${line.code}${line.modifiers.length ? `-${line.modifiers.join('-')}` : ''} on ${line.dateOfService}`,
        fix: `remove line ${i + 1}, or if the service was really repeated, combine the units on one line or append 76/77 (repeat procedure) or 91 (repeat lab) as applies`,
      });
    });
  },
};
