import type { Rule } from '../rule.ts';
import { inForce } from '../edits/edit-tables.ts';
import { linesByDate } from '../lib/dates.ts';

const codeLike = /^[0-9A-Z]{5}$/;

export const addOnWithoutPrimary: Rule = {
  meta: {
    id: 'add-on-without-primary',
    title: 'Add-on code without its primary',
    severity: 'error',
    carc: '107',
    description: 'An add-on code billed without any of its primary codes on the same date.',
    source: 'NCCI add-on code edits',
  },
  check({ claim, edits, report }) {
    for (const [dos, idx] of linesByDate(claim)) {
      const codes = new Set(idx.map((i) => claim.lines[i]!.code).filter(Boolean));
      for (const i of idx) {
        const code = claim.lines[i]!.code;
        if (!code) continue;
        // Type 2 rows name no primary (CMS writes a placeholder such as CCCCC): nothing to check.
        const rows = edits.addOn(code).filter((r) => inForce(r, dos) && codeLike.test(r.primary) && r.primary !== 'CCCCC');
        if (!rows.length || rows.some((r) => codes.has(r.primary))) continue;
        const primaries = [...new Set(rows.map((r) => r.primary))];
        const shown = primaries.slice(0, 8).join(', ') + (primaries.length > 8 ? `, … (${primaries.length} in all)` : '');
        report({
          field: `lines[${i}].code`,
          message: `line ${i + 1}: add-on code ${code} is billed on ${dos} without any of its primary codes (${shown})`,
          fix: `bill ${code} only with its primary procedure on the same date: add the primary line, or remove ${code}`,
          source: `NCCI add-on code edits, ${rows[0]!.source} (type ${rows[0]!.type})`,
        });
      }
    }
  },
};
