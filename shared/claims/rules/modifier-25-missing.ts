import type { Rule } from '../rule.ts';
import { linesByDate } from '../lib/dates.ts';
import { isEvaluationAndManagement, isSurgeryProcedure } from '../lib/procedure-kinds.ts';

export const modifier25Missing: Rule = {
  meta: {
    id: 'modifier-25-missing',
    title: 'Modifier 25 missing on the E/M',
    severity: 'warning',
    carc: '97',
    description: 'An E/M service on the same date as a CPT surgery-section procedure (10004-69990, not 36415/36416) without modifier 25.',
    source: 'CPT modifier 25; NCCI Policy Manual ch. I (global surgery, E/M on the day of a minor procedure)',
  },
  check({ claim, report }) {
    for (const [dos, idx] of linesByDate(claim)) {
      const procedure = idx.map((i) => claim.lines[i]!).find((l) => l.code && isSurgeryProcedure(l.code));
      if (!procedure) continue;
      for (const i of idx) {
        const line = claim.lines[i]!;
        if (!line.code || !isEvaluationAndManagement(line.code) || line.modifiers.includes('25')) continue;
        report({
          field: `lines[${i}].modifiers`,
          message: `line ${i + 1}: E/M ${line.code} is billed on ${dos} with procedure ${procedure.code} but has no modifier 25${line.modifiers.length ? ` (it has ${line.modifiers.join(', ')})` : ''}`,
          fix: `if the visit was significant and separately identifiable from the procedure, append modifier 25 to the E/M line (${line.code}); otherwise the E/M is part of the procedure`,
        });
      }
    }
  },
};
