import type { Rule } from '../rule.ts';
import { inForce } from '../edits/edit-tables.ts';
import { linesByDate } from '../lib/dates.ts';
import { anatomicModifiers, ncciModifiers } from '../lib/procedure-kinds.ts';

export const ncciPtp: Rule = {
  meta: {
    id: 'ncci-ptp',
    title: 'NCCI procedure-to-procedure edit',
    severity: 'error',
    carc: '97',
    description: 'A column-2 code billed with its column-1 code on the same date without an allowed NCCI modifier (or at all, indicator 0).',
    source: 'NCCI PTP edits (practitioner)',
  },
  check({ claim, edits, report }) {
    for (const [dos, idx] of linesByDate(claim)) {
      for (const j of idx) {
        const col2 = claim.lines[j]!;
        for (const i of idx) {
          const col1 = claim.lines[i]!;
          if (i === j || !col1.code || !col2.code || col1.code === col2.code) continue;
          const row = edits.ptp(col1.code, col2.code).find((r) => inForce(r, dos));
          if (!row || row.modifierIndicator === '9') continue;
          // Indicator 1: an NCCI-associated modifier on the column-2 line bypasses, except an
          // anatomic one that the column-1 line carries too (same site is no separate site).
          const bypass = col2.modifiers.find((m) => ncciModifiers.has(m) && !(anatomicModifiers.has(m) && col1.modifiers.includes(m)));
          if (row.modifierIndicator === '1' && bypass) continue;
          const em = /^99[2-4]\d\d$/.test(col2.code);
          report({
            field: `lines[${j}].code`,
            message:
              `line ${j + 1}: ${col2.code} is bundled into ${col1.code} (line ${i + 1}) on ${dos}` +
              (row.modifierIndicator === '0' ? '; the edit allows no modifier' : ' and carries no NCCI-associated modifier'),
            fix:
              row.modifierIndicator === '0'
                ? `remove ${col2.code}: it is not paid with ${col1.code} on the same date, whatever the modifier`
                : em
                  ? `if the E/M is significant and separately identifiable, append modifier 25 to the E/M line (${col2.code}); otherwise remove it`
                  : `if ${col2.code} was a distinct service (separate site, session or encounter), append the modifier that documents it (59/XE/XS/XP/XU or RT/LT); otherwise remove it`,
            source: `NCCI PTP ${row.source}, row ${row.column1}/${row.column2} (modifier indicator ${row.modifierIndicator}, effective ${row.effective})`,
          });
          break;
        }
      }
    }
  },
};
