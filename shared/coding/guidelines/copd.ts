import { assess } from '../context/assess.ts';
import { codeStatement } from '../matcher/statement.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'copd',
  section: 'I.C.10.a and the instructional notes at J44 (COPD with acute lower respiratory infection or exacerbation)',
  decides: 'Codes COPD with an affirmed acute lower respiratory infection as J44.0 (plus the infection) and with an affirmed acute exacerbation as J44.1.',
};

/** Acute lower respiratory infections a COPD statement may name: pneumonia, acute bronchitis and bronchiolitis, unspecified acute LRI. */
const infections = ['J12', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18', 'J20', 'J21', 'J22'];
const exacerbation = /\b(?:exacerbat\w*|decompensat\w*|flare(?:[ -]up)?)\b/gi;
/** "without (acute) exacerbation": a title's "without" is its own negation, which the context reader leaves to the matcher. */
const withoutBefore = /\b(?:without|w\/o)\s+(?:\w+\s+)?$/i;
/** Names of the COPD itself, blanked before looking for an infection ("chronic obstructive bronchitis" is not acute bronchitis). */
const copdNames =
  /\b(?:COPD|AECOPD|chronic\s+obstructive\s+(?:pulmonary|lung|airways?)\s+disease|chronic\s+(?:obstructive|asthmatic)\s+bronchitis|emphysema\w*)\b/gi;

/**
 * ICD-10-CM I.C.10.a and the instructions at J44: COPD with an acute lower respiratory infection
 * is J44.0 with a further code for the infection, with an acute exacerbation J44.1, and a
 * statement documenting both takes both (one matched title covers only one of them). Only what
 * the statement affirms counts: "COPD without exacerbation" adds nothing.
 */
export const copdCombination: GuidelineRule = (ctx) => {
  const { text, dateOfService: dos, setting } = ctx.doc;
  for (const f of active(ctx)) {
    if (!/^J44\./.test(f.code) || !f.stmt) continue;
    const { start, end } = f.stmt;
    const at = { order: f.order + 0.1, section: f.section };
    const affirmed = (s: number, e: number) => assess(text, start, s, e, f.section, setting).status === 'affirmed';
    const exac = [...text.slice(start, end).matchAll(exacerbation)]
      .map((m) => [start + m.index, start + m.index + m[0].length] as const)
      .find(([s, e]) => affirmed(s, e) && !withoutBefore.test(text.slice(start, s)));
    // The infection must be named apart from the COPD: offsets stay, the COPD's own words are blanked.
    const apart = text.slice(0, start) + text.slice(start, end).replace(copdNames, (m) => ' '.repeat(m.length)) + text.slice(end);
    const infection = codeStatement(ctx.codeSets, dos, apart, start, end, ctx.doc.patient.sex, infections).find((h) => affirmed(h.start, h.end));
    // I.A.15: "with" links the two wherever the record documents them: a pneumonia of another item.
    const listed = !infection && active(ctx).some((o) => o.section === 'assessment' && infections.some((c) => o.code.replace('.', '').startsWith(c)));
    if (infection || listed)
      addFinding(
        ctx,
        'J44.0',
        { start: f.start, end: f.end, ...at },
        `ICD-10-CM I.C.10.a${listed ? ', I.A.15' : ''}: COPD with an acute lower respiratory infection${listed ? ' coded in another item' : ''}`,
        9,
      );
    if (infection) {
      addFinding(
        ctx,
        `${infection.code.slice(0, 3)}.${infection.code.slice(3)}`,
        { start: infection.start, end: infection.end, ...at },
        'ICD-10-CM I.C.10.a: the infection is coded as well as COPD with infection (J44.0)',
        8,
      );
    }
    // Both documented: the one the statement names first leads ("COPD with acute exacerbation, triggered by acute bronchitis").
    const exacFirst = exac && infection && exac[0] < infection.start;
    const exacAt = exacFirst ? { ...at, order: f.order - 0.05 } : at;
    if (exac) addFinding(ctx, 'J44.1', { start: exac[0], end: exac[1], ...exacAt }, 'ICD-10-CM I.C.10.a: COPD with acute exacerbation', 9);
  }
};
