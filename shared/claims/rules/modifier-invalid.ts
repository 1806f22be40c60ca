import type { Rule } from '../rule.ts';
import { extras } from '../lib/code-set-extras.ts';
import { cptModifiers, ncciModifiers } from '../lib/procedure-kinds.ts';

export const modifierInvalid: Rule = {
  meta: {
    id: 'modifier-invalid',
    title: 'Modifier is not valid',
    severity: 'error',
    carc: '4',
    description: 'A modifier that is neither a CPT modifier nor a HCPCS Level II modifier.',
    source: 'CPT modifier list; CMS HCPCS Level II modifier file',
  },
  check({ claim, codeSets, report }) {
    const { hcpcsModifier } = extras(codeSets);
    const known = (m: string) => cptModifiers.has(m) || (hcpcsModifier ? !!hcpcsModifier(m) : ncciModifiers.has(m) || /^[A-Z][A-Z0-9]$/.test(m));
    claim.lines.forEach((line, i) => {
      const bad = line.modifiers.filter((m) => !known(m));
      if (!bad.length) return;
      const sided = bad.some((m) => /^[RL]/.test(m) && m.length === 2);
      report({
        field: `lines[${i}].modifiers`,
        message: `line ${i + 1} (${line.code ?? 'no code'}): ${bad.map((m) => `"${m}"`).join(', ')} ${bad.length > 1 ? 'are not modifiers' : 'is not a modifier'}`,
        fix: sided ? 'use RT (right side) or LT (left side), or 50 for bilateral' : 'remove it or replace it with the CPT/HCPCS modifier intended',
      });
    });
  },
};
