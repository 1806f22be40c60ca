import type { Rule } from '../rule.ts';
import { extras } from '../lib/code-set-extras.ts';
import { cptShape, hcpcsShape, inCptRange } from '../lib/procedure-kinds.ts';

export const procInvalid: Rule = {
  meta: {
    id: 'proc-invalid',
    title: 'Procedure code is not valid',
    severity: 'error',
    carc: '181',
    description: 'A malformed CPT/HCPCS code, or a HCPCS Level II code absent from (or terminated in) the HCPCS file for the date of service.',
    source: 'CPT code format; CMS HCPCS Level II file',
  },
  check({ claim, codeSets, report }) {
    const { hcpcs } = extras(codeSets);
    claim.lines.forEach((line, i) => {
      const code = line.code;
      if (!code) return; // required-field
      const field = `lines[${i}].code`;
      if ((!cptShape.test(code) && !hcpcsShape.test(code)) || !inCptRange(code)) {
        report({
          field,
          message: inCptRange(code)
            ? `line ${i + 1}: "${code}" is not a CPT code (5 digits, or 4 digits and F/T/U) or a HCPCS Level II code (letter and 4 digits)`
            : `line ${i + 1}: "${code}" is outside every CPT code range (00100-01999, 10004-99607)`,
          fix: 'enter the complete procedure code from the encounter form',
          source: 'CPT / HCPCS code format',
        });
        return;
      }
      if (hcpcsShape.test(code) && hcpcs && !hcpcs(code, line.dateOfService ?? undefined)) {
        report({
          field,
          message: `line ${i + 1}: HCPCS ${code} is not in the HCPCS file in effect on ${line.dateOfService ?? 'the date of service'} (deleted, terminated or never issued)`,
          fix: `replace ${code} with the HCPCS code in effect on the date of service`,
          source: 'CMS HCPCS Level II file (codes and termination dates)',
        });
      }
    });
  },
};
