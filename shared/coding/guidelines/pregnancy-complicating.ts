import { codeStatement } from '../matcher/statement.ts';
import { weeksRe } from './gestation.ts';
import { asideToken, type Token } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'pregnancy-complicating',
  section:
    'I.C.15.a.1 (conditions in pregnancy go to chapter 15), I.C.15.a.3 (trimester from the documented weeks), I.C.15.g (pre-existing diabetes); Index "Pregnancy, complicated by"',
  decides:
    "Replaces a reported code whose Excludes1 points into chapter 15 with the chapter 15 code of the stated trimester, in a note that dates the pregnancy; completes a chapter 15 code of unspecified trimester with the dated one; lists O24 of a pre-existing diabetes's type and trimester before its E code.",
};

/** Weeks of gestation the note states ("22w3d", "@ 31 wks", "GA 24+2", "8-week IUP", "pregnancy, 8 weeks"), or null. */
export function gestationalWeeks(text: string): number | null {
  const m =
    /\b(\d{1,2})\s*w\s*\d\s*d\b|\b(?:GA|@|at)\s*(\d{1,2})(?:\+\d)?\s*(?:w(?:ee)?ks?\b|w\b)|\b(\d{1,2})[\s-]*(?:weeks?|wks?)'?\s(?:(?:of )?gestation|pregnant|pregnancy|GA|IUP)\b|\bpregnan(?:cy|t),?\s+(\d{1,2})\s*(?:weeks?|wks?)\b/i.exec(
      text,
    );
  const w = m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN;
  return w > 0 && w <= 43 ? w : null;
}

/**
 * Words that say the patient is pregnant now (weeks alone may be a child's birth, "born at 34 wk",
 * or a drug's duration, "x 6 wk"): pregnancy or gravid, a trimester, gravida/para, an intrauterine
 * pregnancy or an estimated delivery date. A pregnancy test is not a pregnancy.
 */
const pregnantWords = /\b(?:pregnan(?:t|cy)\b(?! test)|gravid|trimester|G\d{1,2}\s?P\d|IUP\b|ED[DC]\b)/i;
const notPregnant = /\b(?:not|non-?)\s*pregnant\b|\bincidental to (?:the )?pregnancy\b/i;

/**
 * A current pregnancy the note dates (ICD-10-CM I.C.15.a.1: chapter 15 codes are for pregnant
 * patients): pregnancy words and stated weeks or a stated trimester, and no "not pregnant" or
 * "incidental to the pregnancy" (the provider's statement that the pregnancy is not affected).
 */
export function currentPregnancy(text: string): boolean {
  return pregnantWords.test(text) && !notPregnant.test(text) && (gestationalWeeks(text) !== null || statedTrimester(text) !== null);
}

/** Chapter 15 trimesters, counted from the first day of the last menstrual period: <14 w, 14 to <28 w, 28 w on. */
export function trimester(weeks: number): 'first' | 'second' | 'third' {
  return weeks < 14 ? 'first' : weeks < 28 ? 'second' : 'third';
}

const ordinalTrimester: Record<string, 'first' | 'second' | 'third'> = {
  first: 'first',
  '1st': 'first',
  second: 'second',
  '2nd': 'second',
  third: 'third',
  '3rd': 'third',
};

/** A trimester the text names ("2nd trimester", "third trimester"), or null. */
export function statedTrimester(text: string): 'first' | 'second' | 'third' | null {
  const m = /\b(first|1st|second|2nd|third|3rd)[ -]trimester\b/i.exec(text);
  return m ? ordinalTrimester[m[1]!.toLowerCase()]! : null;
}

/**
 * ICD-10-CM I.C.15.a.3: the trimester is the provider's documentation of the trimester, or of the
 * weeks of gestation for the encounter. A trimester the statement itself names comes first, then
 * the weeks the note states; null when the note dates nothing.
 */
export function trimesterOf(statement: string, note: string, ownWeeks = false): { tri: 'first' | 'second' | 'third'; why: string } | null {
  const said = statedTrimester(statement);
  if (said) return { tri: said, why: `${said} trimester as documented` };
  // `ownWeeks`: the weeks a chapter 15 condition's own statement gives before its plan are its gestation ("Preeclampsia,
  // 34 weeks"), as the Z3A code reads them (gestation.ts). A plan's weeks are an interval ("- recheck CBC 4 wk"), another
  // condition's a duration ("constipation 2 weeks"), and elsewhere in the note weeks need the words that make them a gestation.
  const own = ownWeeks ? weeksRe.exec(statement.split(/\s[-–—]\s|[;:(]/)[0]!) : null;
  const weeks = own ? Number(own[1]) : gestationalWeeks(note);
  return weeks === null ? null : { tri: trimester(weeks), why: `${weeks} weeks, ${trimester(weeks)} trimester` };
}

/** The code one character away whose title names the trimester instead of "unspecified trimester". */
function withTrimester(ctx: RuleContext, code: string, title: string, tri: string): string {
  if (!/unspecified trimester/i.test(title)) return code;
  const want = title.replace(/unspecified trimester/i, `${tri} trimester`).toLowerCase();
  const flat = code.replace('.', '');
  // From the 4th character: a category may give its trimesters there (O13.1-O13.3 beside O13.9).
  for (let i = 3; i < flat.length; i++) {
    for (const d of '0123456789') {
      const hit = ctx.codeSets.icd(flat.slice(0, i) + d + flat.slice(i + 1), ctx.doc.dateOfService);
      if (hit?.billable && hit.title.toLowerCase() === want) return hit.code;
    }
  }
  return code;
}

/**
 * ICD-10-CM I.C.15.a.1: in a pregnant patient a condition is coded to chapter 15 unless the provider
 * states the pregnancy is incidental; the tabular says so for each such condition by an Excludes1
 * pointing into chapter 15 ("cystitis ... complicating pregnancy (O23.-)"). A reported code with such
 * a note, in a note that dates the pregnancy, is replaced by the chapter 15 code the Index gives
 * under "Pregnancy, complicated by" with the trimester of the stated weeks. Diabetes follows I.C.15.g
 * (pre-existing diabetes keeps its E code beside O24, preexistingDiabetes below).
 */
export const pregnancyComplicating: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  if (ctx.doc.patient.sex === 'M' || /\b(?:not|non-?)\s*pregnant\b|\bincidental to (?:the )?pregnancy\b/i.test(text)) return;
  // I.C.15.a.3: a chapter 15 code reached without its trimester ("severe preeclampsia") takes the
  // one the statement names, else the one the note's weeks give.
  for (const f of active(ctx)) {
    if (!f.code.startsWith('O') || !/unspecified trimester/i.test(f.title)) continue;
    const dated = trimesterOf(text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end), text, true);
    const hit = dated && ctx.codeSets.icd(withTrimester(ctx, f.code, f.title, dated.tri), ctx.doc.dateOfService);
    if (!hit || hit.code === f.code) continue;
    f.why.push(`ICD-10-CM I.C.15.a.3: ${dated.why}, ${hit.code} instead of ${f.code}`);
    f.code = hit.code;
    f.title = hit.title;
  }
  const weeks = gestationalWeeks(text);
  if (weeks === null) return;
  const tri = trimester(weeks);
  preexistingHypertension(ctx, weeks, tri);
  for (const f of active(ctx)) {
    if (/^[OZ]|^E(?:0[89]|1[013])\./.test(f.code) || f.section !== 'assessment') continue;
    const refs = ctx.codeSets.icdNotes(f.code, ctx.doc.dateOfService).excludes1.filter((r) => r.code.startsWith('O'));
    if (!refs.length) continue;
    const from = f.stmt?.start ?? f.start,
      to = f.stmt ? Math.max(f.end, Math.min(f.stmt.end, f.end)) : f.end;
    const hit = codeStatement(
      ctx.codeSets,
      ctx.doc.dateOfService,
      text,
      from,
      to,
      'F',
      refs.map((r) => r.code.replace('.', '')),
      new Set(['pregnancy', 'complicated', 'complicating', 'trimester', tri]),
      [asideToken('pregnancy'), asideToken('complicated'), asideToken(tri), asideToken('trimester')],
      [],
      ['pregnancy'],
    )[0];
    if (!hit) continue;
    const code = withTrimester(ctx, hit.code, hit.title, tri);
    const o = addFinding(
      ctx,
      code,
      f,
      `ICD-10-CM I.C.15.a.1: in pregnancy (${weeks} weeks, ${tri} trimester) the condition is coded to chapter 15; Excludes1 at ${f.code}`,
    );
    if (!o) continue;
    o.order = Math.min(o.order, f.order);
    drop(f, 'excludes1', `ICD-10-CM I.C.15.a.1: ${o.code} codes the condition in pregnancy (Excludes1 at ${f.code})`);
  }
  preexistingDiabetes(ctx, tri);
};

/** Pre-existing diabetes by its chapter 4 category: O24.0- type 1, O24.1- type 2, O24.8- other (E08, E09, E13). */
const inPregnancy: [RegExp, string][] = [
  [/^E10\./, 'O24.01'],
  [/^E11\./, 'O24.11'],
  [/^E(?:08|09|13)\./, 'O24.81'],
];

/**
 * ICD-10-CM I.C.15.g: a pregnant patient's pre-existing diabetes takes a code from category O24 first, "in pregnancy"
 * of the trimester (6th character 1-3), followed by the chapter 4 code(s) of the diabetes, which stay.
 */
function preexistingDiabetes(ctx: RuleContext, tri: 'first' | 'second' | 'third'): void {
  if (active(ctx).some((f) => f.code.startsWith('O24.'))) return;
  const e = active(ctx)
    .filter((f) => inPregnancy.some(([re]) => re.test(f.code)))
    .sort((a, b) => a.order - b.order)[0];
  if (!e) return;
  const base = inPregnancy.find(([re]) => re.test(e.code))![1];
  const o = addFinding(
    ctx,
    `${base}${{ first: 1, second: 2, third: 3 }[tri]}`,
    e,
    `ICD-10-CM I.C.15.g: pre-existing diabetes in pregnancy (${tri} trimester), O24 first, then ${e.code}`,
  );
  if (o) o.order = e.order - 0.5;
}

/** Hypertensive disease by its chapter 9 category, and its pre-existing O10 subcategory in pregnancy. */
const hypertensionInPregnancy: [RegExp, string][] = [
  [/^I10/, 'O10.01'],
  [/^I11\./, 'O10.11'],
  [/^I12\./, 'O10.21'],
  [/^I13\./, 'O10.31'],
  [/^I15\./, 'O10.41'],
];

/**
 * Tabular O10.0-O10.4 inclusion notes: "Any condition in I10 [I11, I12, I13, I15] specified as a reason for obstetric
 * care during pregnancy, childbirth or the puerperium". A pregnant patient's hypertensive disease of chapter 9 is its
 * pre-existing O10 code of the trimester (6th character 1-3), first; I11-I13's own code stays beside it to name the
 * heart or kidney disease (O10.1-O10.3 "use additional code").
 */
function preexistingHypertension(ctx: RuleContext, weeks: number, tri: 'first' | 'second' | 'third'): void {
  const sixth = { first: '1', second: '2', third: '3' }[tri];
  for (const f of active(ctx)) {
    const sub = hypertensionInPregnancy.find(([re]) => re.test(f.code))?.[1];
    if (!sub || f.section !== 'assessment') continue;
    const hit = ctx.codeSets.icd(`${sub}${sixth}`, ctx.doc.dateOfService);
    if (!hit?.billable) continue;
    const o = addFinding(
      ctx,
      hit.code,
      f,
      `ICD-10-CM I.C.15.a.1, Tabular ${sub.slice(0, 5)} inclusion: ${f.code} in pregnancy (${weeks} weeks, ${tri} trimester)`,
    );
    if (!o) continue;
    o.order = Math.min(o.order, f.order);
    if (f.code.startsWith('I10')) drop(f, 'excludes1', `ICD-10-CM I.C.15.a.1: ${o.code} codes the hypertension in pregnancy (Excludes1 at I10)`);
  }
}
