import { cellCode, findSubstances } from '../drugs/drug-table.ts';
import { poisoningIntent } from '../drugs/intent.ts';
import { drugStatements, tableCodesOf } from '../drugs/statements.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'venom',
  section: 'I.C.19.e.5.b (toxic effects, T51-T65, by intent); Index: Sting - see Table of Drugs and Chemicals, by animal or substance, poisoning',
  decides: 'Codes a sting or envenomation from the Table of Drugs row "Venom, <animal>" in the column of the documented intent (accidental when unknown).',
};

/** Index: Sting (venomous) - see Table of Drugs; Bite, venomous - see Venom. */
const stung = /\b(?:stings?|stung|envenom\w*|venom\w*)\b/i;
/**
 * A bite is a venom only from an animal the Venom row names (snake, spider, scorpion…): an insect's,
 * an arthropod's or an unnamed animal's bite is a superficial injury (Index: Bite, insect - see
 * Bite, by site, superficial, insect bite), and a bite said to be nonvenomous ("dry bite") is a wound.
 */
const bitten = /\b(?:bites?|bitten)\b/i;
const notVenomous = /\b(?:non-?venomous|dry bite)\b/i;
const generic = new Set(tokenize('insect arthropod animal').map((t) => t.stem));
/** The Venom row's main term, which a note naming the animal leaves unsaid. */
const venomWords = [...new Set(tokenize('Venom venomous').map((t) => t.stem))];

/**
 * ICD-10-CM I.C.19.e.5.b: a sting's toxic effect is coded from the Table of Drugs row "Venom,
 * venomous, <animal>" (T63) with the intent's final character (accidental when unknown); the
 * toxic-effect code carries the intent, so it leads its statement's codes.
 */
export const venom: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  for (const st of drugStatements(ctx)) {
    const sting = stung.test(st.text);
    if (!sting && (!bitten.test(st.text) || notVenomous.test(st.text))) continue;
    const intent = poisoningIntent(st.text);
    const added: string[] = [];
    for (const s of findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, st.start, st.end, venomWords)) {
      if (!s.cell.startsWith('T63') || (!sting && (s.byClass || s.words.some((w) => generic.has(w))))) continue;
      const code = cellCode(ctx.codeSets, ctx.doc.dateOfService, s.cell, intent.column, st.text);
      if (!code) continue;
      const f = addFinding(
        ctx,
        code.code,
        { start: s.start, end: s.end, order: st.order - 0.3, section: 'assessment' },
        `ICD-10-CM I.C.19.e.5.b: Table of Drugs, Venom, ${text.slice(s.start, s.end)}, ${intent.column} (${intent.why})${code.why ? `; ${code.why}` : ''}`,
        9,
      );
      if (f) added.push(f.code);
    }
    if (added.length === 0) continue;
    for (const o of tableCodesOf(ctx, st)) if (!added.includes(o.code)) drop(o, 'other', `ICD-10-CM I.C.19.e.5.b: the sting is coded ${added.join(', ')}`);
    // Index: Allergy, allergic (reaction) (to), bee sting - see Toxicity, venom, arthropod, bee: the allergy to the sting is the
    // venom's code, not also an "Allergy, unspecified" (T78.40) or "Other allergy" (T78.49) beside it.
    for (const o of active(ctx))
      if (/^T78\.4/.test(o.code) && o.start >= st.start && o.end <= st.end)
        drop(o, 'other', `ICD-10-CM Index: Allergy, allergic (reaction), bee sting - see Toxicity, venom: the allergic reaction is coded ${added.join(', ')}`);
  }
};
