import type { Rule } from '../rule.ts';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const requiredField: Rule = {
  meta: {
    id: 'required-field',
    title: 'Required field missing',
    severity: 'error',
    carc: '16',
    description: 'A field every professional claim must carry is missing or empty.',
    source: 'CMS-1500 / 837P required data elements (CONTRACTS §3.4)',
  },
  check({ claim, report }) {
    const need = (value: unknown, field: string, what: string) => {
      if (blank(value)) report({ field, message: `${what} is missing`, fix: `enter the ${what}` });
    };
    need(claim.patient.dob, 'patient.dob', "patient's date of birth");
    need(claim.patient.sex, 'patient.sex', "patient's sex");
    need(claim.patient.memberId, 'patient.memberId', "patient's member id");
    need(claim.billingProvider.npi, 'billingProvider.npi', "billing provider's NPI");
    need(claim.placeOfService, 'placeOfService', 'place of service');
    if (claim.diagnoses.filter((d) => !blank(d)).length === 0) {
      report({ field: 'diagnoses', message: 'the claim has no diagnosis', fix: 'add at least one ICD-10-CM diagnosis' });
    }
    if (claim.lines.length === 0) {
      report({ field: 'lines', message: 'the claim has no service line', fix: 'add at least one service line' });
    }
    claim.lines.forEach((line, i) => {
      need(line.dateOfService, `lines[${i}].dateOfService`, `line ${i + 1} date of service`);
      need(line.code, `lines[${i}].code`, `line ${i + 1} procedure code`);
      if (line.units === undefined || line.units === null || line.units < 1) {
        report({ field: `lines[${i}].units`, message: `line ${i + 1} units must be at least 1`, fix: 'enter the units billed (1 or more)' });
      }
      if (line.charge === undefined || line.charge === null || line.charge <= 0) {
        report({ field: `lines[${i}].charge`, message: `line ${i + 1} charge must be above zero`, fix: 'enter the charge for this line' });
      }
    });
  },
};
