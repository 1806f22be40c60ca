import { assess } from '../context/assess.ts';
import { cellCode, findSubstances } from '../drugs/drug-table.ts';
import { clauseAround, drugStatements, tableCodesOf } from '../drugs/statements.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'underdosing',
  section: 'I.C.19.e.5.c (underdosing: Table of Drugs column Underdosing, with Z91.12-/Z91.13- for intent); Index: Underdosing',
  decides:
    'Codes a drug taken less than prescribed from its Table of Drugs Underdosing column, after the relapsed condition, with the noncompliance code the documented reason gives.',
};

/**
 * Words that say less of a prescribed drug was taken than prescribed (I.C.19.e.5.c: "taking less … or
 * discontinued"; "rationing" insulin is taking less of it). A "nonadherent" dressing, gauze or pad is a kind of product, not a patient.
 */
const underdosed =
  /\b(?:underdos\w*|self[- ]discontinu\w*|stopped taking|stopped (?:it|them|(?:his|her|their) \w+) on (?:his|her|their) own|missed (?:\w+ ){0,2}(?:doses?|days|pills|injections)|ration(?:s|ed|ing)\b|ran out of|run out of|not taking|non-?complian\w*|non-?adheren\w*\b(?!\s+(?:dressings?|gauze|pads?|bandages?|contact layer)))/i;

/**
 * Index: Underdosing, intentional NEC Z91.128, due to financial hardship of patient Z91.120;
 * unintentional NEC Z91.138, due to patient's age related debility Z91.130. The reason words are
 * the Index subterms' own and the ordinary ways of saying them.
 */
const financial = /\b(?:financial\w*|afford\w*|cost\w*|expensive|copays?|uninsured|insurance)\b/i;
const debility = /\b(?:age[- ]related|debility|frail\w*)\b/i;
const unintentional = /\b(?:unintentional\w*|forg[eo]t\w*|forgetful\w*|confus\w*|misunderst\w*|inadvertent\w*|by mistake)\b/i;
const intentional =
  /\b(?:intentional\w*|self[- ]discontinu\w*|on (?:his|her|their) own|chose|decided|refus\w*|wasn'?t (?:helping|working|doing)|not helping|side[- ]effects?|didn'?t (?:like|want)|did not (?:like|want))\b|\bstopped taking\b/i;

/** The note calls it noncompliance, without saying whether intended. */
const noncompliant = /\bnon-?(?:complian|adheren)\w*\b(?!\s+(?:dressings?|gauze|pads?|bandages?|contact layer))/i;

function noncompliance(statement: string): [string, string] | null {
  if (financial.test(statement)) return ['Z91.120', 'Index: Underdosing, intentional, due to financial hardship of patient'];
  if (debility.test(statement)) return ['Z91.130', "Index: Underdosing, unintentional, due to patient's age related debility"];
  if (unintentional.test(statement)) return ['Z91.138', 'Index: Underdosing, unintentional NEC'];
  if (intentional.test(statement)) return ['Z91.128', 'Index: Underdosing, intentional NEC'];
  // Index: Noncompliance, with, medication regimen NEC, underdosing Z91.14 (subdivided in FY2024: Z91.148 for other reason).
  if (noncompliant.test(statement)) return ['Z91.148', 'Index: Noncompliance, with, medication regimen, underdosing'];
  return null;
}

/**
 * ICD-10-CM I.C.19.e.5.c: underdosing (taking less of a drug than prescribed, or stopping it) is
 * coded from the Table of Drugs Underdosing column (final character 6); the relapsed or
 * exacerbated condition is coded first (the T code never leads, sequencing.ts), and the
 * noncompliance code (Z91.12-, Z91.13-) gives the intent when the record states it.
 */
export const underdosing: GuidelineRule = (ctx) => {
  const { text, setting } = ctx.doc;
  for (const st of drugStatements(ctx)) {
    const m = underdosed.exec(st.text);
    if (!m) continue;
    const at = st.start + m.index;
    // A relative named in the statement ("grandmother's metoprolol", "given by mother") is the source, not whose underdosing it is.
    if (!['affirmed', 'family-history'].includes(assess(text, st.start, at, at + m[0].length, 'assessment', setting).status)) continue;
    const added: string[] = [];
    // The cue's clause, else the statement ("missed insulin doses"), else read around the cue: "not taking X" reads X as denied.
    const [a, b] = clauseAround(st, at);
    const near = findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, a, b);
    const whole = near.length ? near : findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, st.start, st.end);
    const subs = whole.length
      ? whole
      : [
          ...findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, st.start, at),
          ...findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, at + m[0].length, st.end),
        ];
    for (const s of subs) {
      if (!/^T(?:3[6-9]|4\d|50)/.test(s.cell)) continue;
      const code = cellCode(ctx.codeSets, ctx.doc.dateOfService, s.cell, 'underdosing', st.text);
      if (!code) continue;
      const f = addFinding(
        ctx,
        code.code,
        { start: s.start, end: s.end, order: st.order + 0.2, section: 'assessment' },
        `ICD-10-CM I.C.19.e.5.c: Table of Drugs, ${text.slice(s.start, s.end)}, Underdosing; the relapsed condition is sequenced first${code.why ? `; ${code.why}` : ''}`,
        8,
      );
      if (f) added.push(f.code);
    }
    if (added.length === 0) continue;
    for (const o of tableCodesOf(ctx, st))
      if (!added.includes(o.code)) drop(o, 'other', `ICD-10-CM I.C.19.e.5.c: the underdosing is coded ${added.join(', ')}`);
    const z = noncompliance(st.text);
    if (!z) continue;
    if (z[0] === 'Z91.148' && !ctx.codeSets.icd(z[0], ctx.doc.dateOfService)?.billable) z[0] = 'Z91.14';
    addFinding(
      ctx,
      z[0],
      { start: at, end: st.end, order: st.order + 0.3, section: 'assessment' },
      `ICD-10-CM I.C.19.e.5.c: noncompliance code for the intent of the underdosing (${z[1]})`,
      7,
    );
    // The Index's bare "Underdosing" (Z91.14-, "other noncompliance with medication regimen") is the
    // residual of the intent codes: with the intent coded it is no other noncompliance.
    for (const o of active(ctx))
      if (/^Z91\.1[234]/.test(o.code) && !o.code.startsWith(z[0].slice(0, 6)))
        drop(o, 'other', `ICD-10-CM I.C.19.e.5.c: the underdosing's intent is coded ${z[0]}`);
  }
};
