import { assess } from '../context/assess.ts';
import { cellCode, drugTableCode, findSubstances, medicinalSalt, saltWords, type Substance } from '../drugs/drug-table.ts';
import type { Finding } from '../finding.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { completeCode } from '../matcher/complete-code.ts';
import { codeStatement } from '../matcher/statement.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'adverse-effect',
  section: 'I.C.19.e.5.a (adverse effect of a drug correctly prescribed and taken); Section IV.H (uncertain diagnoses, outpatient)',
  decides:
    'Adds the T36-T50 adverse-effect code from the Table of Drugs row a statement names as the cause of a condition already found, after that condition, and the condition\'s own "due to drug" code where the Index has one.',
};

/**
 * How a statement names a drug as the cause of its condition: "due to / secondary to / 2/2 /
 * induced by / caused by / from / exacerbated by / attributed to / related to <drug>", "<drug>-induced / -associated / -related",
 * "adverse (side) effect of <drug>", "<drug> side effect", "allergic reaction to <drug>" (I.C.19.e.5.a; Index: Allergy,
 * allergic (reaction), drug, medicament & biological, correct substance properly administered - see Table of Drugs, adverse effect; Index: Effect, adverse, correct substance
 * properly administered - see Table of Drugs, by drug, adverse effect). The cause runs to the
 * clause's end, or to a further cue naming its own cause ("due to orthostatic hypotension from
 * furosemide": the drug is the hypotension's cause); "for <indication>" is the drug's reason, not a second cause. "from" after a word of
 * benefit, weaning or switching ("expect benefit from SSRI", "switch from warfarin") names no cause.
 * A level "supratherapeutic on <drug>" ("Supratherapeutic INR on warfarin") is above the drug's therapeutic range: the drug's
 * effect, where "on" elsewhere names only a current therapy ("HTN on lisinopril").
 */
const cause =
  /\b(?:due to|secondary to|2\/2|d\/t|induced by|caused by|(?<!\b(?:benefit\w*|recover\w*|wean\w*|withdraw\w*|withdrawal|switch\w*|transition\w*|chang\w*|away|off|stop\w*|taper\w*)\s)from|exacerbated by|aggravated by|attributed to|related to|(?<=\bsupratherapeutic(?:\s+[\w/-]+){1,2}\s+)on|(?:adverse|side) (?:effects?|reactions?) (?:of|to|from)|allergic reactions? to|allergy to)\s+((?:(?!\s[-–—]\s|\s(?:for|in|with|due to|secondary to|from|caused by|induced by)\s|(?<=\bsupratherapeutic(?:\s+[\w/-]+){1,2})\s+on\s)[^,;.])+)|\b([A-Za-z]+)(?:-(?:induced|associated|related)|\sinduced)\b|(?:^|[,;:(]\s*|\s[-–—]\s)((?:(?!\s[-–—]\s)[^,;:.()])+?)\s+(?:adverse|side)[- ](?:effects?|reactions?)\b/gi;
/**
 * Words of a cause that say a drug was given (its route: "IV furosemide") or its dose changed, or name the effect itself ("vancomycin
 * nephrotoxicity"), not which drug (I.C.19.e.5.a covers a correctly prescribed drug at any prescribed dose):
 * they need no Table row.
 */
/**
 * Words before "chemotherapy" qualify it: the Index's own ("due to cytoreductive cancer chemotherapy"),
 * its timing ("adjuvant") or its regimen's name ("R-CHOP chemotherapy"); the cause is chemotherapy still.
 * A conjunction starts a second cause ("sepsis and chemotherapy").
 */
const chemoQualifier = /^(?:(?!(?:and|or|with|plus)\b)[\w/-]+\s+){1,3}chemo/i;
const therapy = new Set(
  tokenize(
    'chemotherapy therapy treatment medication medicine drug use agent dose dosing dosage increase increased escalation change titration adverse effect side reaction long term chronic current prescribed taken as high new recent started induced associated related inhaled oral systemic intravenous iv po im sc subcutaneous intramuscular toxicity nephrotoxicity hepatotoxicity ototoxicity cardiotoxicity neurotoxicity',
  ).map((t) => t.stem),
);
/** I.C.5.b: abuse, dependence, intoxication or withdrawal of a psychoactive substance is classified in F10-F19. */
const substanceDisorder = /\b(?:abuse|dependence|misuse|use disorder|intoxication|withdrawal)\b/i;
/**
 * Table rows of substances used outside prescription (T40.1 heroin, T40.5 cocaine, T40.7 cannabis,
 * T40.8-T40.9 hallucinogens, T43.6 psychostimulants): their "use" is F10-F19's (I.C.5.b.3), not an
 * adverse effect of a drug correctly prescribed.
 */
const abused = /^T40[15789]|^T436/;
/** A code whose own title names a cause ("Hypotension due to drugs", "Drug-induced hypoglycemia", "Anemia due to antineoplastic chemotherapy"). */
const dueToDrugTitle = /\b(?:drugs?|medicaments?|induced|due to)\b/i;
/** The Index's "due to drug" subterm words ("Hypothyroidism, due to, medicament NEC"; "Dermatitis, due to, drugs and medicaments"). */
const dueToDrug: Token[] = context('due to drug medicament induced');
/**
 * The Index's words for cancer chemotherapy ("Anemia, due to, antineoplastic chemotherapy" D64.81;
 * "Neutropenia, drug-induced, due to cytoreductive cancer chemotherapy" D70.1; Tabular D70.1
 * "Agranulocytosis secondary to cancer chemotherapy"), said by a note as "chemotherapy" with a drug of
 * the Table's antineoplastic row (T45.1): I.C.2.c.2 codes such an anemia with T45.1X5-.
 */
const cancerChemotherapy: Token[] = context('antineoplastic cytoreductive cancer chemotherapy');
/** The Table of Drugs cell of antineoplastic and immunosuppressive drugs (T45.1-). */
const antineoplasticCell = /^T451/;
const chemotherapyWord = /\bchemo(?:therapy)?\b/i;

/** Context words of the Index's "due to drug" subterms: no place in the text (never evidence), asides. */
function context(words: string): Token[] {
  return tokenize(words).map((t) => ({ ...t, start: -1, end: -1, paren: true }));
}

/**
 * ICD-10-CM I.C.19.e.5.a: an adverse effect of a drug correctly prescribed and taken is coded as
 * its nature (the condition already found) followed by the drug's T36-T50 adverse-effect code,
 * read from the Table of Drugs row the statement names (by name, or by the drug's class row). A
 * condition the Index lists "due to drug" takes that code. In outpatient settings a cause the note
 * only suspects is not coded (Section IV.H); inpatient, it is (Section II.H, III.C). Poisoning and
 * underdosing are poisoning.ts's and underdosing.ts's.
 */
export const adverseEffect: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const done = new Set<string>();
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || !f.stmt || drugTableCode.test(f.code) || done.has(`${f.stmt.start}`)) continue;
    // A status is no effect ("Allergy to penicillin" is Z88.0, allergy status; I.C.21.c.3): the drug's code needs a condition.
    if (f.code.startsWith('Z')) continue;
    const stmt = text.slice(f.stmt.start, causeSentenceEnd(text, f.stmt.end));
    if (/\b(?:overdos|poisoning|intentional|underdos|took too (?:much|little)|self[- ]discontinu|stopped taking|missed (?:\w+ )?doses?)/i.test(stmt)) continue;
    // I.C.5.b: a disorder induced by a psychoactive substance the patient uses is an F10-F19 code ("Cannabis-induced anxiety disorder" F12.980), not an adverse effect.
    if (/^F1\d/.test(f.code) || substanceDisorder.test(stmt)) continue;
    // I.B.9: a combination code whose evidence holds the drug as a word of its condition ("Parkinson's disease …
    // with levodopa-induced dyskinesia" G20.B2) names the effect itself; a cause clause inside it ("Hypoglycemia
    // due to glipizide in T2DM" E11.649) is the adverse effect still.
    const drugs = causeOf(ctx, f.stmt.start, stmt).filter(
      (d) => !(d.adjectival && d.start >= f.start && d.end <= f.end && !asksForDrug(ctx, f)) && !(abused.test(d.cell) && /\buse\b/i.test(stmt)),
    );
    if (drugs.length === 0) continue;
    done.add(`${f.stmt.start}`);
    let nature: Finding | undefined;
    for (const drug of drugs) {
      const code = cellCode(ctx.codeSets, ctx.doc.dateOfService, drug.cell, 'adverse', stmt);
      if (!code) continue;
      // The condition's own "due to drug" code, even when another statement already gave the drug's code;
      // else the code of its category whose note asks for this drug's adverse-effect code. Conditions
      // joined to it by "and" or "/" share its cause ("Anemia/thrombocytopenia - chemo-related").
      if (!nature) {
        const chemo = cancerChemo(drugs, stmt);
        const sharing = sharingCause(ctx, f);
        nature = dueToDrugCode(ctx, f, chemo) ?? siblingInStatement(ctx, f, code.code) ?? properlyAdministered(ctx, f) ?? f;
        for (const g of sharing) dueToDrugCode(ctx, g, chemo);
      }
      if (ctx.findings.some((o) => !o.dropped && o.code === code.code)) continue;
      addFinding(
        ctx,
        code.code,
        { start: drug.start, end: drug.end, order: nature.order + 0.15, section: f.section },
        `ICD-10-CM I.C.19.e.5.a: Table of Drugs, ${text.slice(drug.start, drug.end)}, adverse effect; the nature of the effect (${nature.code}) is sequenced first${code.why ? `; ${code.why}` : ''}`,
        7,
      );
    }
  }
};

/** The drugs a statement names as its condition's cause, when every word of the cause is a drug's (not "due to MRSA"). */
function causeOf(ctx: RuleContext, stmtStart: number, stmt: string): (Substance & { adjectival: boolean })[] {
  const { text, setting } = ctx.doc;
  for (const m of stmt.matchAll(cause)) {
    // The drug's words: after the cue (group 1), the word before "-induced" (2), the words before "side effect" (3).
    let at = stmtStart + m.index + (m[1] ? m[0].length - m[1].length : m[3] ? m[0].indexOf(m[3]) : 0);
    const end = m[3] ? at + m[3].length : stmtStart + m.index + m[0].length;
    const drugsIn = (a: number, b: number): Substance[] =>
      findSubstances(ctx.codeSets, ctx.doc.dateOfService, text, a, b)
        .map((s) => medicinalSalt(ctx.codeSets, ctx.doc.dateOfService, s))
        .filter((s) => /^T(?:3[6-9]|4\d|50)/.test(s.cell));
    // A class named in more than one word before "-induced" ("ACE inhibitor-induced angioedema", "ACE-inhibitor
    // induced"): the words before the hyphen, back to where the Table's row begins (at most two more).
    if (m[2] && drugsIn(at, end).length === 0) {
      const before = /(?:[A-Za-z]+(?:\s+|-))(?:[A-Za-z]+(?:\s+|-))?$/.exec(text.slice(Math.max(stmtStart, at - 40), at));
      if (before) {
        const from = at - before[0].length;
        const words = [...before[0].matchAll(/[A-Za-z]+(?:\s+|-)/g)].map((w) => from + w.index);
        at = words.find((w) => drugsIn(w, end).length > 0) ?? at;
      }
    }
    const namedIn = (d: Substance) => {
      const paren = /^\s*\(([^()]+)\)/.exec(text.slice(d.end));
      const drugs = paren ? drugsIn(d.end + paren[0].indexOf(paren[1]!), d.end + paren[0].length - 1).filter((x) => !x.byClass) : [];
      if (drugs.length) return drugs;
      // Or a drug of that class the statement names elsewhere ("NSAID-induced gastritis - takes ibuprofen", "AKI due to
      // NSAID use (ibuprofen)"): the Table's row for the drug (T39.31-), of the class's category (T39.3-), not the class's.
      const mine = drugsIn(d.end, stmtStart + stmt.length).filter((x) => !x.byClass && x.cell.slice(0, 4) === d.cell.slice(0, 4));
      return mine.length ? mine : null;
    };
    // A class named with its drugs in parentheses ("NSAID-induced (ibuprofen + low-dose ASA)"): the
    // Table's rows for the drugs named, one code each (I.C.19.e.5.a), not the class's row.
    const aside = m[2] ? /^\s*\(([^()]+)\)/.exec(text.slice(end)) : null;
    const inAside = aside ? drugsIn(end + aside[0].indexOf(aside[1]!), end + aside[0].length - 1) : [];
    // The same after a cue ("ATN from NSAID (ibuprofen)"): the class gives way to the drugs its aside names.
    const found = (inAside.length ? [] : drugsIn(at, end)).map((d) => ({ d, drugs: d.byClass ? namedIn(d) : null }));
    const replaced = found.filter((x) => x.drugs).map((x) => x.d);
    // A drug named for its class stands where the class is said (it may be named further on in the statement).
    const standsAt = new Map(found.flatMap((x) => (x.drugs ?? []).map((y) => [y, x.d] as const)));
    let subs = inAside.length ? inAside : found.flatMap((x) => x.drugs ?? [x.d]);
    if (subs.length === 0) continue;
    const said = expandTokens(text, at, end).filter(
      (t) => !t.neg && !therapy.has(t.stem) && !saltWords.has(t.stem) && !chemoQualifier.test(text.slice(t.start, end)),
    );
    const named = (t: Token) => [...subs, ...replaced].some((s) => (s.byClass ? t.start >= s.start && t.end <= s.end : s.words.includes(t.stem)));
    // Causes listed together ("due to AKI plus ACE inhibitor and spironolactone"): each listed cause that is wholly a
    // drug's words is one (I.C.19.e.5.a: as many codes as drugs); the others (a condition) are not drugs' effects.
    // An aside in parentheses ("due to simvastatin (statin-associated muscle symptoms)") describes; it names no second cause.
    if (!inAside.length) {
      const wholly = causeParts(text, at, end).filter(([a, b]) => said.every((t) => t.start < a || t.start >= b || named(t) || t.paren));
      subs = subs.filter((d) => wholly.some(([a, b]) => (standsAt.get(d) ?? d).start >= a && (standsAt.get(d) ?? d).start < b));
      if (subs.length === 0) continue;
    }
    // Section IV.H: a suspected cause is not coded in outpatient settings (assess() keeps it inpatient).
    if (assess(text, stmtStart, subs[0]!.start, subs[0]!.end, 'assessment', setting).status !== 'affirmed') continue;
    // "<drug>-induced <condition>": the drug is a word of the condition's name.
    return subs.map((d) => ({ ...d, adjectival: !!m[2] }));
  }
  return [];
}

/**
 * The end of a statement read with the item's next sentence when that sentence states the cause ("Severe
 * hyperkalemia with ECG changes. Due to AKI plus ACE inhibitor ..."): the provider's link, in the item it explains.
 */
function causeSentenceEnd(text: string, end: number): number {
  const next = /^[^\S\n]*\.?[^\S\n]*(?:likely |probably |possibly )?(?:due to|secondary to|2\/2|d\/t|caused by)\b(?:[^.\n]|\.(?=\d))*/i.exec(text.slice(end));
  return next ? end + next[0].length : end;
}

/** The listed causes of a cause clause [start, end): pieces between "and", "plus", "+", "&" and commas. */
function causeParts(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/\s+(?:and|plus|\+|&)\s+|\s*,\s*/gi)) {
    out.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/**
 * Conditions of f's statement listed with it by "and" or "/" only ("Anemia and thrombocytopenia due to
 * chemotherapy"): one cause governs the whole coordinated list. A comma or a dash starts another item.
 */
function sharingCause(ctx: RuleContext, f: Finding): Finding[] {
  const { text } = ctx.doc;
  const listed = active(ctx)
    .filter((o) => o.stmt?.start === f.stmt?.start && o.section === f.section && !/^T/.test(o.code))
    .sort((a, b) => a.start - b.start);
  const at = listed.indexOf(f);
  // An injury-chapter nature (T78.40 "Allergy, unspecified") is no listed condition.
  if (at < 0) return [];
  const joined = (a: Finding, b: Finding) => /^\s*(?:and|&|\/)\s*$/i.test(text.slice(a.end, b.start));
  const out: Finding[] = [];
  for (let i = at + 1; i < listed.length && joined(listed[i - 1]!, listed[i]!); i++) out.push(listed[i]!);
  for (let i = at - 1; i >= 0 && joined(listed[i]!, listed[i + 1]!); i--) out.push(listed[i]!);
  return out;
}

/** A code that names a drug cause: its title says so, or its note asks for the adverse-effect code (T36-T50 with 5th or 6th character 5). */
function asksForDrug(ctx: RuleContext, f: Finding): boolean {
  if (dueToDrugTitle.test(f.title)) return true;
  const notes = typeof ctx.codeSets.icdNotes === 'function' ? ctx.codeSets.icdNotes(f.code, ctx.doc.dateOfService) : null;
  return !!notes?.useAdditional.some((r) => /^T(?:3[6-9]|4\d|50)/.test(r.code) || /adverse effect/i.test(r.text));
}

/**
 * The condition's own code for "due to drug" when the Index has one ("Hypothyroidism, due to,
 * medicament NEC" E03.2 rather than E03.9): the statement read again with the Index's "due to drug"
 * words, and a code whose Index path needs them replaces the finding.
 */
function dueToDrugCode(ctx: RuleContext, f: Finding, chemo: boolean): Finding | null {
  const { text } = ctx.doc;
  const words = chemo ? [...dueToDrug, ...cancerChemotherapy] : dueToDrug;
  const given = new Set(words.map((t) => t.stem));
  given.delete('chemotherapy');
  // Read from the end of the condition before it, so that a code of that condition does not take its words.
  const before = active(ctx).filter((o) => o !== f && o.stmt?.start === f.stmt?.start && o.end <= f.start);
  const from = Math.max(f.stmt!.start, ...before.map((o) => o.end));
  const hits = codeStatement(ctx.codeSets, ctx.doc.dateOfService, text, from, f.stmt!.end, ctx.doc.patient.sex, undefined, undefined, words);
  const better = hits.find((h) => h.code !== f.code.replace('.', '') && h.start < f.end && f.start < h.end && h.req.some((k) => given.has(k)));
  if (!better) return null;
  const g = addFinding(
    ctx,
    better.code,
    { start: f.start, end: f.end, order: f.order, section: f.section },
    `ICD-10-CM I.C.19.e.5.a: the condition is documented as due to a drug; Alphabetic Index "${better.title}" (due to drug)`,
    f.score,
  );
  if (!g || g === f) return null;
  drop(f, 'other', `ICD-10-CM I.C.19.e.5.a: the drug-induced form ${g.code} replaces it`);
  return g;
}

/**
 * A reaction to a correct drug properly administered has its own nature code where the Tabular excludes the general one
 * ("Anaphylactic shock, unspecified" T78.2, Excludes1: "... due to adverse effect of correct medicinal substance properly
 * administered (T88.6)"). An allergy to the drug ("Allergy, unspecified" T78.40) is the Index's "Allergy, drug, correct
 * substance properly administered - see Table of Drugs, adverse effect": its nature is the one the statement names beside
 * it, or else the unspecified adverse effect of the drug (T88.7, "Drug hypersensitivity NOS").
 */
function properlyAdministered(ctx: RuleContext, f: Finding): Finding | null {
  const dos = ctx.doc.dateOfService;
  const named = ctx.codeSets.icdNotes(f.code, dos).excludes1.find((r) => /\bcorrect\b.*\bproperly administered\b/i.test(r.text));
  const allergy = /^T78\.40/.test(f.code);
  if (!named && !allergy) return null;
  const beside = active(ctx).find((o) => o !== f && o.stmt?.start === f.stmt?.start && !/^[ST]/.test(o.code));
  if (allergy && beside) {
    drop(f, 'other', `ICD-10-CM I.C.19.e.5.a: an allergy to a drug properly administered is coded by its nature, ${beside.code}, and the drug`);
    return beside;
  }
  const stmt = ctx.doc.text.slice(f.stmt!.start, f.stmt!.end);
  const done = completeCode(ctx.codeSets, named?.code ?? 'T88.7', dos, stmt);
  if (!done) return null;
  const g = addFinding(
    ctx,
    done.code,
    { start: f.start, end: f.end, order: f.order, section: f.section },
    named
      ? `ICD-10-CM I.A.12.a: ${f.code} excludes "${named.text}"; the reaction is to a drug properly administered`
      : 'ICD-10-CM Index: Allergy, drug, correct substance properly administered - see Table of Drugs, adverse effect; T88.7 "Drug hypersensitivity NOS" as no other nature is documented',
    f.score,
  );
  if (!g || g === f) return null;
  drop(f, 'other', `ICD-10-CM I.C.19.e.5.a: ${g.code} is the nature of a reaction to a drug properly administered`);
  return g;
}

/**
 * An unspecified code's sibling in its category whose "use additional code" note names the drug's
 * adverse-effect code (D68.32 "Hemorrhagic disorder due to extrinsic circulating anticoagulants":
 * "use additional code for adverse effect, if applicable, to identify drug (T45.515, T45.525)"): the
 * Tabular's own route from the drug to the condition when the FY2017 Index has none (I.A.13).
 */
function askingSibling(ctx: RuleContext, f: Finding, adverse: string): Finding | null {
  if (!/\bunspecified\b/i.test(f.title) || typeof ctx.codeSets.icdNotes !== 'function') return null;
  const dos = ctx.doc.dateOfService;
  const flat = adverse.replace('.', '');
  const found: string[] = [];
  const visit = (code: string, depth: number) => {
    for (const c of '0123456789') {
      const hit = ctx.codeSets.icd(code + c, dos);
      if (!hit) continue;
      const asks = ctx.codeSets.icdNotes(hit.code, dos).useAdditional.some((r) => flat.startsWith(r.code.replace('.', '').replace(/-$/, '')));
      if (asks && hit.billable) found.push(hit.code);
      else if (!hit.billable && depth < 2) visit(code + c, depth + 1);
    }
  };
  visit(f.code.slice(0, 3), 0);
  if (found.length !== 1 || found[0] === f.code) return null;
  const g = addFinding(ctx, found[0]!, f, `ICD-10-CM I.A.13: its "use additional code" note names the drug's adverse-effect code ${adverse}`, f.score);
  if (!g || g === f) return null;
  drop(f, 'other', `ICD-10-CM I.C.19.e.5.a: ${g.code} is the drug-caused form its category names`);
  return g;
}

/** The first of the statement's codes that has such a sibling ("Coagulopathy due to warfarin, with gross hematuria"). */
function siblingInStatement(ctx: RuleContext, f: Finding, adverse: string): Finding | null {
  for (const o of active(ctx).filter((x) => x.stmt?.start === f.stmt?.start && !/^T/.test(x.code))) {
    const g = askingSibling(ctx, o, adverse);
    if (g) return g;
  }
  return null;
}

/** Cancer chemotherapy as the cause: the note says "chemotherapy" and names a drug of the antineoplastic row (T45.1). */
function cancerChemo(drugs: Substance[], stmt: string): boolean {
  return chemotherapyWord.test(stmt) && drugs.some((d) => antineoplasticCell.test(d.cell));
}
