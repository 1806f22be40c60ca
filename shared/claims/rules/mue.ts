import type { Rule } from '../rule.ts';
import { linesByDate } from '../lib/dates.ts';

const kinds = { '1': 'line edit', '2': 'date-of-service edit, policy', '3': 'date-of-service edit, clinical' } as const;

export const mue: Rule = {
  meta: {
    id: 'mue',
    title: 'Units above the Medically Unlikely Edit',
    severity: 'error',
    carc: '151',
    description: 'Units above the MUE: indicator 1 per line; indicators 2 and 3 per code per date, naming every line of that code on that date.',
    source: 'NCCI Medically Unlikely Edits (practitioner)',
  },
  check({ claim, edits, report }) {
    for (const [dos, idx] of linesByDate(claim)) {
      const byCode = new Map<string, number[]>();
      for (const i of idx) {
        const code = claim.lines[i]!.code;
        if (code) byCode.set(code, [...(byCode.get(code) ?? []), i]);
      }
      for (const [code, lines] of byCode) {
        const edit = edits.mue(code);
        if (!edit) continue;
        const source = `MUE ${edit.source}: ${code} = ${edit.value}, indicator ${edit.indicator} (${kinds[edit.indicator]})`;
        const units = (i: number) => claim.lines[i]!.units ?? 0;
        if (edit.indicator === '1') {
          for (const i of lines) {
            if (units(i) <= edit.value) continue;
            report({
              field: `lines[${i}].units`,
              message: `units ${units(i)} exceed the MUE of ${edit.value} for ${code} per line`,
              fix: `bill at most ${edit.value} units of ${code} on a line; units beyond it on one line are denied`,
              source,
            });
          }
          continue;
        }
        const total = lines.reduce((n, i) => n + units(i), 0);
        if (total <= edit.value) continue;
        for (const i of lines) {
          report({
            field: `lines[${i}].units`,
            message: `units of ${code} on ${dos} total ${total} (${lines.length > 1 ? `lines ${lines.map((l) => l + 1).join(', ')}` : `line ${i + 1}`}), above the MUE of ${edit.value} per date of service`,
            fix:
              lines.length > 1
                ? `report ${code} with at most ${edit.value} unit${edit.value === 1 ? '' : 's'} on ${dos} (a bilateral service is one line with modifier 50); appeal with records if more were medically necessary`
                : `reduce the units to ${edit.value} or appeal with records showing medical necessity`,
            source,
          });
        }
      }
    }
  },
};
