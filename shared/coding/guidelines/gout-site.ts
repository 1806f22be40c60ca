import { codeStatement } from '../matcher/statement.ts';
import { asideToken, type Token } from '../text/tokens.ts';
import { active, addFinding, type GuidelineMeta, type GuidelineRule } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'gout-site',
  section:
    'Tabular M10.0 "Idiopathic gout" (inclusion "Primary gout"), M1A.0 "Idiopathic chronic gout" (inclusion "Primary chronic gout"); I.B.18 / I.A.9 (a documented site is no unspecified one); Index "Gout, idiopathic, <site>"',
  decides: 'Reads gout of no stated cause at a named joint as idiopathic (primary) gout of that site and side (M10.0-, chronic M1A.0-), not M10.9 / M1A.9.',
};

/** Words of the M10.0- / M1A.0- titles ("Idiopathic gout, right ankle and foot") the statement leaves unsaid. */
const implied = new Set(['idiopathic', 'gout']);
/** Gout unspecified, acute or chronic, and the idiopathic category that holds its sites. */
const bySite: [RegExp, string, RegExp][] = [
  [/^M10\.9$/, 'M100', /^M1000$/],
  [/^M1A\.9/, 'M1A0', /^M1A00/],
];
/**
 * A cause said in the statement: a stated link, or what M10.1-M10.4 are due to (lead, a drug: the diuretics of WHO ATC
 * C03, thiazides C03AA/C03BA and loop diuretics C03CA, whose adverse effect is gout; renal impairment). Such gout is
 * secondary, not primary.
 */
const causeSaid =
  /\b(?:due to|secondary|induced|2\/2|d\/t|caused by|lead|diuretics?|thiazides?|HCTZ|hydrochlorothiazide|chlorthalidone|furosemide|lasix|bumetanide|torsemide|renal|kidney|CKD)\b/i;

/**
 * Gout with no cause said (lead, a drug, renal impairment, another disease: M10.1-M10.4) is primary gout, which the
 * Tabular includes at M10.0 "Idiopathic gout". M10.9 "Gout, unspecified" has no site, so a statement naming the joint
 * ("Acute gout flare, right knee") is coded at the site and side the Index gives under "Gout, idiopathic" (M10.061);
 * chronic gout likewise (M1A.9 "Chronic gout, unspecified" to M1A.0- "Idiopathic chronic gout", inclusion "Primary chronic gout").
 */
export const goutSite: GuidelineRule = (ctx) => {
  const dos = ctx.doc.dateOfService;
  for (const f of active(ctx)) {
    const to = bySite.find(([from]) => from.test(f.code));
    if (!to || !f.stmt || causeSaid.test(ctx.doc.text.slice(f.stmt.start, f.stmt.end))) continue;
    const [, category, unsited] = to;
    const sites = codeStatement(ctx.codeSets, dos, ctx.doc.text, f.stmt.start, f.stmt.end, ctx.doc.patient.sex, [category], implied, [asideToken('idiopathic')])
      .filter((h) => h.code.startsWith(category) && !unsited.test(h.code))
      .map((h) => ctx.codeSets.icd(h.code, dos))
      .filter((c) => c?.billable);
    const why = 'Tabular M10.0 / M1A.0 idiopathic gout includes primary gout, gout of no stated cause; I.B.18: the site is documented';
    // Both sides of a category with no bilateral code are each coded (I.B.13): the first in the finding's place.
    sites.forEach((c, i) => {
      if (i === 0) {
        f.why.push(`${why} (${c!.title})`);
        Object.assign(f, { code: c!.code, title: c!.title });
      } else addFinding(ctx, c!.code, { start: f.start, end: f.end, order: f.order + 0.1 * i, section: f.section }, `${why} (${c!.title})`);
    });
  }
};
