import { tokenize } from '../text/tokens.ts';
import { active, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'gestational-diabetes',
  section: 'I.C.15.i (gestational diabetes: O24.4-, by control; Z79.4 and Z79.84 not assigned with O24.4)',
  decides:
    'Sets the control character of a gestational diabetes code (O24.4-) from the treatment documented, insulin over oral hypoglycemic drugs over diet, and drops Z79.4 / Z79.84 beside it.',
};

/** O24.4 fifth characters (pregnancy, childbirth, puerperium) keep; sixth by control, in the guideline's order of precedence. */
const controls: { char: string; said: (w: Set<string>) => boolean; drug?: string; name: string }[] = [
  { char: '4', said: (w) => w.has('insulin'), drug: 'Z79.4', name: 'insulin' },
  { char: '5', said: (w) => w.has('oral') && w.has('hypoglycemic'), drug: 'Z79.84', name: 'oral hypoglycemic drugs' },
  { char: '0', said: (w) => w.has('diet'), name: 'diet' },
];

/**
 * ICD-10-CM I.C.15.i: gestational diabetes is coded by how it is controlled (O24.4x0 diet, x4 insulin,
 * x5 oral hypoglycemic drugs); treated with insulin and diet, or with insulin and oral drugs, only
 * insulin is coded; with diet and oral drugs, the oral drugs. The treatment is what the statement
 * says, or the current medicines the Index reads as "Long-term (current) drug therapy, insulin
 * (Z79.4) / oral hypoglycemic drugs (Z79.84)" (long-term-drugs.ts). Z79.4 and Z79.84 are not
 * assigned with O24.4.
 */
export const gestationalDiabetes: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  const gdm = active(ctx).filter((f) => /^O24\.4[1-3][0459]$/.test(f.code));
  if (!gdm.length) return;
  const drugs = active(ctx).filter((f) => f.code === 'Z79.4' || f.code === 'Z79.84');
  for (const f of gdm) {
    const stmt = ctx.doc.text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end);
    const words = new Set(
      tokenize(stmt)
        .filter((t) => !t.neg)
        .map((t) => t.stem),
    );
    const c = controls.find((x) => x.said(words) || (x.drug && drugs.some((d) => d.code === x.drug)));
    if (!c) continue;
    const hit = ctx.codeSets.icd(f.code.slice(0, 6) + c.char, dos);
    if (!hit?.billable || hit.code === f.code) continue;
    f.why.push(`ICD-10-CM I.C.15.i: ${hit.code} instead of ${f.code}, controlled by ${c.name} as documented (insulin over oral drugs over diet)`);
    Object.assign(f, { code: hit.code, title: hit.title });
  }
  for (const d of drugs) drop(d, 'other', `ICD-10-CM I.C.15.i: ${d.code} is not assigned with codes from subcategory O24.4`);
};
