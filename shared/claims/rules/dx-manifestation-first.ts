import type { Rule } from '../rule.ts';
import { extras } from '../lib/code-set-extras.ts';
import { datesForDiagnosis } from '../lib/dates.ts';

export const dxManifestationFirst: Rule = {
  meta: {
    id: 'dx-manifestation-first',
    title: 'Manifestation code listed first',
    severity: 'error',
    carc: '16',
    description: 'A manifestation code must follow the code of its underlying condition (etiology/manifestation convention).',
    source: 'ICD-10-CM Official Guidelines I.A.13; Medicare Code Editor manifestation list',
  },
  check({ claim, codeSets, report }) {
    const first = claim.diagnoses[0];
    if (!first) return;
    const { mce } = extras(codeSets);
    const title = codeSets.icd(first, datesForDiagnosis(claim, 0)[0])?.title;
    // Without MCE data, the tabular wording "in diseases classified elsewhere" still marks one.
    const manifestation = mce ? !!mce(first)?.manifestation : /\bdiseases classified elsewhere\b/i.test(title ?? '');
    if (!manifestation) return;
    const etiology = claim.diagnoses.slice(1).find((d) => !(mce ? mce(d)?.manifestation : false));
    report({
      field: 'diagnoses[0]',
      message: `${first}${title ? ` (${title})` : ''} is a manifestation code and cannot be listed first`,
      fix: etiology
        ? `list the underlying condition (e.g. ${etiology}) first and ${first} after it`
        : `add the underlying condition's code first and list ${first} after it`,
    });
  },
};
