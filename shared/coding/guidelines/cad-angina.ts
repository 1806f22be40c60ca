import { assess } from '../context/assess.ts';
import { tokenize } from '../text/tokens.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'cad-angina',
  section: 'I.C.9.b (atherosclerotic coronary artery disease with angina pectoris)',
  decides: 'Turns CAD with documented angina into the I25.11- combination code of that angina kind, with no separate I20 code.',
};

/**
 * The I25.11- subdivisions parallel the I20 categories of angina (tabular titles: "with unstable
 * angina pectoris" I20.0, "with angina pectoris with documented spasm" I20.1, "with refractory
 * angina pectoris" I20.2, "with other forms of angina pectoris" I20.8, "with unspecified angina
 * pectoris" I20.9).
 */
const parallel: [string, string][] = [
  ['I20.0', 'I25.110'],
  ['I20.1', 'I25.111'],
  ['I20.2', 'I25.112'],
  ['I20.8', 'I25.118'],
  ['I20.9', 'I25.119'],
];

/**
 * The angina kind a statement names: the I20 subdivision whose title or inclusion term's words it says,
 * in any order and with other words between ("stable exertional angina" says "Stable angina", I20.8's).
 */
function anginaKind(ctx: RuleContext, stmt: string): string {
  // Words said, not denied ("no features of unstable angina" names no unstable angina).
  const said = new Set(
    tokenize(stmt)
      .filter((t) => !t.neg)
      .map((t) => t.stem),
  );
  for (const [i20] of parallel.slice(0, 4)) {
    const hit = ctx.codeSets.icd(i20, ctx.doc.dateOfService);
    const phrases = [hit?.title ?? '', ...ctx.codeSets.icdInclusionTerms(i20, ctx.doc.dateOfService)]
      .map((p) =>
        p
          .toLowerCase()
          .replace(/\s*\(.*?\)/g, '')
          .replace(/ pectoris\b/, '')
          .trim(),
      )
      .filter((p) => p && !/^other forms/.test(p));
    if (phrases.some((p) => tokenize(p).every((w) => said.has(w.stem)))) return i20;
  }
  return 'I20.9';
}

/**
 * ICD-10-CM I.C.9.b: atherosclerotic coronary artery disease with angina is one combination code
 * (I25.11-), the causal link assumed unless the note gives the angina another cause; no separate
 * I20 code. I25.10 ("without angina pectoris") whose statement names angina, or beside a reported
 * I20 code, becomes the I25.11- code of that angina.
 */
export const cadAngina: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const list = active(ctx);
  const i20 = list.filter((f) => f.code.startsWith('I20'));
  for (const f of list.filter((x) => x.code === 'I25.10')) {
    const from = f.stmt?.start ?? f.start,
      to = f.stmt?.end ?? f.end;
    const stmt = text.slice(from, to);
    const m = /\bangina\b/i.exec(stmt);
    // The I25.10 title's own "without angina" ("CAD w/o angina"; medical-abbreviations: w/o, without).
    const named =
      m &&
      !/(?:\bw\/o|\bwithout)\s+(?:\w+\s+)?$/i.test(stmt.slice(0, m.index)) &&
      assess(text, from, from + m.index, from + m.index + m[0].length, f.section, ctx.doc.setting).status === 'affirmed';
    if (!named && !i20.length) continue;
    const kind = named ? anginaKind(ctx, stmt) : i20[0]!.code.slice(0, 5);
    const target = parallel.find(([a]) => a === kind)?.[1] ?? 'I25.119';
    const c = addFinding(ctx, target, f, `ICD-10-CM I.C.9.b: coronary artery disease with angina is one combination code, ${target}`);
    if (!c) continue;
    c.order = Math.min(c.order, f.order);
    drop(f, 'other', `ICD-10-CM I.C.9.b: replaced by the combination code ${target}`);
    for (const a of i20) drop(a, 'other', `ICD-10-CM I.C.9.b: the angina is part of ${target}`);
  }
};
