import { noLongTermInsulin } from '../drugs/temporary-insulin.ts';
import { assess } from '../context/assess.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { codeStatement } from '../matcher/statement.ts';
import { byDocumentedAxes, byUnspecifiedAxis, completeCode } from '../matcher/complete-code.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';
import { notePhrase } from './with-symptom-sibling.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'use-additional',
  section: 'I.A.13 ("use additional code" notes)',
  decides:
    'Adds the further code a reported code\'s "use additional code" note names when the same statement documents it (not a "without" branch the statement contradicts; a code since subdivided completed as documented), and puts it in place of an unspecified code of its category.',
};

/**
 * ICD-10-CM I.A.13 ("use additional code" notes): when a code's note names a further condition
 * and the same statement documents it, that code follows. A note naming one code ("nocturia
 * (R35.1)") is met when the statement carries the note's words; a note naming a category to
 * subdivide ("site of ulcer (L97.4-, L97.5-)") is searched in the statement within that category.
 * Infectious agents (B95-B97) have their own module.
 */
export const useAdditional: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  namedSibling(ctx);
  for (const f of active(ctx)) {
    if (f.section !== 'assessment' || !f.stmt) continue;
    const all = ctx.codeSets.icdNotes(f.code, dos).useAdditional.filter((r) => !/^B9[5-7]/.test(r.code));
    // A note naming only a range ("stage of chronic kidney disease (N18.1-N18.6)" at E10.22) is read below.
    if (all.length === 0) continue;
    const refs = all.filter((r) => !r.range);
    const tokens = expandTokens(ctx.doc.text, f.stmt.start, f.stmt.end);
    const have = new Set(tokens.filter((t) => !t.neg).map((t) => t.stem));
    const wholes = refs.filter((r) => !r.subdivisions);
    const said1 = (stem: string) => tokens.find((t) => t.stem === stem && !t.neg);
    for (const r of wholes) {
      const { phrase, words } = notePhrase(r.text);
      if (words.length === 0 || !words.every((w) => have.has(w))) continue;
      // I.A.15: a note's "without" branch ("dementia without behavioral disturbance (F02.80)") is not the statement's
      // when it says what the note denies ("... with behavioral disturbance").
      const denied = tokenize(phrase).filter((t) => t.neg && !t.paren);
      if (denied.length > 0 && denied.every((t) => have.has(t.stem))) continue;
      // The condition as the statement says it: not resolved, ruled out or hypothetical there.
      const said = said1(words[0]!);
      if (said && assess(ctx.doc.text, f.stmt.start, said.start, said.end, f.section, ctx.doc.setting).status !== 'affirmed') continue;
      // The note's code with an axis left unspecified ("unspecified severity") takes the one the statement documents ("mild").
      const stmt = ctx.doc.text.slice(f.stmt.start, f.stmt.end);
      // I.C.4.a.3: insulin given temporarily during the encounter is no long-term use; nor is insulin stopped (I.C.21.c.3).
      if (r.code === 'Z79.4' && noLongTermInsulin(stmt)) continue;
      // Not where the note already reports a code of that category (F02.B11 "moderate, with agitation"): that one answers the note.
      const reported = active(ctx).some((o) => o.code.slice(0, 3) === r.code.slice(0, 3));
      // A note's code since subdivided (F02.81 in FY2023) is completed along what the statement documents.
      const named = ctx.codeSets.icd(r.code, dos)?.billable === false ? completeCode(ctx.codeSets, r.code, dos, stmt) : null;
      const code = named?.code ?? r.code;
      const sharper = reported ? null : (byDocumentedAxes(ctx.codeSets, code, dos, stmt) ?? byUnspecifiedAxis(ctx.codeSets, code, dos, stmt) ?? named);
      addFinding(
        ctx,
        sharper?.code ?? code,
        { start: f.start, end: f.end, order: f.order + 0.1, section: f.section },
        `ICD-10-CM I.A.13: "use additional code" at ${f.code}: ${phrase}${sharper ? `; I.B.18: ${sharper.title}, as documented` : ''}`,
        7,
      );
    }
    // A note naming a category to subdivide ("type of heart failure (I50.-)") or a range of codes
    // ("stage of chronic kidney disease (N18.1-N18.4, N18.9)"): each is searched in the statement on its own.
    // The categories one note lists are alternatives for the one thing it identifies ("site of ulcer (L97.4-, L97.5-)": the
    // heel or another part of the foot), so one code answers the note; each is searched with its own header's words.
    const groups = [
      ...[...new Set(all.filter((r) => r.subdivisions && !r.range).map((r) => r.text))].map((text) => {
        const prefixes = all.filter((r) => r.text === text && r.subdivisions && !r.range).map((r) => r.code.replace('.', ''));
        return { text, prefixes, within: (c: string) => prefixes.some((p) => c.startsWith(p)), alternatives: true };
      }),
      ...[...new Set(all.filter((r) => r.range).map((r) => r.text))].map((text) => {
        const rs = all.filter((r) => r.text === text);
        const spans = rs.map((r) => [r.code.replace('.', ''), (r.range ?? r.code).replace('.', '')] as const);
        const within = (c: string) => spans.some(([a, b]) => c.slice(0, a.length) >= a && c.slice(0, b.length) <= b);
        return { text, prefixes: [...new Set(spans.map(([a]) => a.slice(0, 3)))], within, alternatives: false };
      }),
    ];
    // One code's words come from one clause: a hit whose evidence crosses a break (" - ", ";", a
    // sentence end: "diastolic HF - CKD stable; AKI") is two clauses' words, and the finding's own
    // clause (up to the first break after its evidence) is searched instead.
    const brk = /\s[-–—]\s|;|\.\s/;
    const rest = brk.exec(ctx.doc.text.slice(f.end, f.stmt.end));
    const clauseEnd = rest ? f.end + rest.index : f.stmt.end;
    for (const { text, prefixes, within, alternatives } of groups) {
      // The condition the note names must be said ("acute kidney failure (N17.-)"; "type of heart
      // failure (I50.-)": the heart failure), not only words a shorthand of another condition brought.
      const { phrase } = notePhrase(text);
      const named = tokenize(phrase.split(/\bof\b/).at(-1) ?? phrase).filter((t) => !t.neg && !t.paren);
      if (!named.every((t) => have.has(t.stem))) continue;
      // A code the note already reports there answers the note ("ESRD" beside "diabetic CKD": N18.6).
      if (active(ctx).some((o) => o !== f && prefixes.some((p) => o.code.replace('.', '').startsWith(p)) && within(o.code.replace('.', '')))) continue;
      // The named headers' own words ("Non-pressure chronic ulcer of other part of foot") are what the
      // note implies by documenting the parent condition: only the detail below them must be said.
      const searchIn = (ps: string[], end: number) => {
        const implied = new Set<string>();
        for (const p of ps) for (const c of [p, p.slice(0, 3)]) for (const t of tokenize(ctx.codeSets.icd(c, dos)?.title ?? '')) implied.add(t.stem);
        return codeStatement(ctx.codeSets, dos, ctx.doc.text, f.stmt!.start, end, ctx.doc.patient.sex, ps, implied).filter(
          (x) => x.matched >= 2 && within(x.code),
        );
      };
      const search = (end: number) => (alternatives ? bestAlternative(prefixes.map((p) => searchIn([p], end))) : searchIn(prefixes, end));
      // A problem item's further sentences on its line document its detail too ("T2DM w/ diabetic
      // CKD - A1c 7.6. eGFR 41 = CKD stage 3b"), though they are not coded on their own.
      const lineEnd = ctx.doc.text.indexOf('\n', f.stmt.end);
      const whole = search(f.stmt.end);
      if (whole.length === 0 && lineEnd !== f.stmt.end) whole.push(...search(lineEnd < 0 ? ctx.doc.text.length : lineEnd));
      const crosses = (x: { start: number; end: number }) => brk.test(ctx.doc.text.slice(x.start, x.end));
      // The clause alone is read again only when the whole statement's answer joined two clauses.
      const h = whole.find((x) => !crosses(x)) ?? (whole.length && clauseEnd < f.stmt.end ? search(clauseEnd).find((x) => !crosses(x)) : undefined);
      if (!h) continue;
      const code = `${h.code.slice(0, 3)}.${h.code.slice(3)}`;
      addFinding(
        ctx,
        code,
        { start: h.start, end: h.end, order: f.order + 0.1, section: f.section },
        `ICD-10-CM I.A.13: "use additional code" at ${f.code}: ${h.title}`,
        7,
      );
    }
  }
};

/**
 * Hits of the alternatives a note lists, the best first: the one that reads more of the statement, and
 * between equals the site the note names over an "other" one (I.A.9.a: "other part of foot" is for a
 * part the Tabular does not list, and a heel is listed).
 */
function bestAlternative<T extends { matched: number; title: string }>(hits: T[][]): T[] {
  const other = (h: T) => (/\bother\b/i.test(h.title) ? 1 : 0);
  return hits.flat().sort((a, b) => b.matched - a.matched || other(a) - other(b));
}

/**
 * I.A.13: the code a reported code's "use additional code" note names for a condition ("any associated fever
 * (R50.81)" at D57) is that condition's code wherever the note documents it: an unspecified code of its
 * category ("Fever, unspecified" R50.9 from "Fever 38.4") gives way to it.
 */
function namedSibling(ctx: RuleContext): void {
  const dos = ctx.doc.dateOfService;
  const list = active(ctx);
  for (const g of list) {
    for (const r of ctx.codeSets.icdNotes(g.code, dos).useAdditional) {
      if (r.range || r.subdivisions) continue;
      const named = ctx.codeSets.icd(r.code, dos);
      if (!named?.billable) continue;
      for (const f of list) {
        if (f === g || f.dropped || f.code === named.code || f.code.slice(0, 3) !== named.code.slice(0, 3) || !/\bunspecified\b/i.test(f.title)) continue;
        const h = addFinding(ctx, named.code, f, `ICD-10-CM I.A.13: "use additional code" at ${g.code} names ${named.code} for it`);
        if (h && h !== f) drop(f, 'other', `ICD-10-CM I.A.13: ${g.code}'s note names ${named.code}`);
      }
    }
  }
}
