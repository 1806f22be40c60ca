import { codeInjuries } from '../matcher/injury-hits.ts';
import { active, addFinding, drop, type GuidelineMeta, type GuidelineRule, type RuleContext } from './rule.ts';

/** The guideline this module applies and what it decides (registry.test.ts checks every module has one). */
export const meta: GuidelineMeta = {
  id: 'osteoporotic-fracture',
  section: 'I.C.13.d.2 (fracture in a patient with known osteoporosis: M80, not a traumatic fracture code); Tabular M80.0 site axis',
  decides:
    'Replaces a traumatic fracture code (S) with M80.0- of its site, side and encounter when the note documents osteoporosis and the fracture came from minor trauma (a fragility or ground-level fall); completes an M80.0 of unspecified site from the fracture it or its own statement names.',
};

/**
 * I.C.13.d.2: "A code from category M80, not a traumatic fracture code, should be used for any
 * patient with known osteoporosis who suffers a fracture, even if the patient had a minor fall or
 * trauma, if that fall or trauma would not usually break a normal, healthy bone."
 */
const osteoporosis = /\bosteoporo(?:sis|tic)\b/i;
/** Minor trauma as notes say it; major trauma keeps the injury code. */
const minorTrauma =
  /\b(?:fragility|osteoporotic|low[- ](?:energy|impact|trauma)|minimal trauma|ground[- ]level|(?:from )?standing(?: height)?|trip(?:ped)?|slip(?:ped)?|pathologic(?:al)?)\b/i;
const majorTrauma = /\b(?:MVC|MVA|motor vehicle|high[- ](?:energy|speed|velocity)|from (?:a )?(?:height|ladder|roof)|crush|assault|gunshot)\b/i;

/** What makes a fracture pathological in the Index ("Fracture, pathological, due to osteoporosis"; "fragility" is its minor trauma). */
const pathologicalWords = /\b(?:age-related|senile|osteoporo(?:sis|tic)|pathologic(?:al)?|fragility|insufficiency)\b/gi;

/**
 * The M80.0 site of a fracture code (Tabular M80.0: shoulder, humerus, forearm, hand, femur, lower
 * leg, ankle and foot, vertebra): by the S chapter's categories of those regions.
 */
const siteOf: [RegExp, string][] = [
  [/^S42\.[01]/, '1'], // clavicle, scapula: shoulder
  [/^S42\.[2-4]/, '2'], // humerus
  [/^S52/, '3'], // radius, ulna: forearm
  [/^S62/, '4'], // wrist and hand bones
  [/^S72/, '5'], // femur
  [/^S82\.(?:[5-8])/, '7'], // malleoli: ankle
  [/^S82/, '6'], // patella, tibia, fibula: lower leg
  [/^S92/, '7'], // foot
  [/^S(?:12|22\.0|32\.0)/, '8'], // vertebra(e)
];
/** S fracture encounters (A/B closed or open initial, D-F, G-J, K-N, P-R routine/delayed/nonunion/malunion, S sequela) to M80's. */
const encounterOf = (c: string): string =>
  ({ A: 'A', B: 'A', C: 'A', D: 'D', E: 'D', F: 'D', G: 'G', H: 'G', J: 'G', K: 'K', M: 'K', N: 'K', P: 'P', Q: 'P', R: 'P', S: 'S' })[c] ?? 'A';

export const osteoporoticFracture: GuidelineRule = (ctx) => {
  const { text } = ctx.doc;
  const list = active(ctx);
  if (!osteoporosis.test(text) && !list.some((f) => /^M8[01]\./.test(f.code))) return;
  const unsited = list.filter((f) => /^M80\.00X/.test(f.code));
  for (const f of list) {
    if (!/^S\d\d\..*[A-S]$/.test(f.code) || !/fracture/i.test(f.title)) continue;
    const stmt = text.slice(f.stmt?.start ?? f.start, f.stmt?.end ?? f.end);
    if (!minorTrauma.test(stmt) || majorTrauma.test(stmt)) continue;
    const code = m80Of(ctx, f.code, f.title);
    if (!code) continue;
    const m = addFinding(ctx, code, f, `ICD-10-CM I.C.13.d.2: a fracture from minor trauma in known osteoporosis is M80, not ${f.code}`);
    if (!m) continue;
    m.order = Math.min(m.order, f.order);
    drop(f, 'other', `ICD-10-CM I.C.13.d.2: reported as ${code} (known osteoporosis, minor trauma)`);
    for (const u of unsited) drop(u, 'other', `ICD-10-CM I.B: ${code} names the site`);
  }
  // An M80.0 of unspecified site whose own statement names the bone ("L femoral neck fragility fracture
  // (age-related osteoporosis)"): the site and side of the fracture the Index's "Fracture" path reads there,
  // with the M80 code's own encounter (I.B.18: the unspecified site only where the record has no site).
  for (const u of unsited) {
    if (u.dropped || !u.stmt) continue;
    const { start, end } = u.stmt;
    // The words that make the fracture pathological set aside (same length: spans keep their places), the
    // Index's "Fracture" path reads the bone as it would for any fracture ("femoral neck": femur).
    const bone = text.slice(0, end).replace(pathologicalWords, (w) => ' '.repeat(w.length));
    const fracture = codeInjuries(ctx.codeSets, ctx.doc.dateOfService, bone, start, end, end, [], () => 1).hits.find(
      (h) => h.code.startsWith('S') && /fracture/i.test(h.title),
    );
    const sited = fracture && m80Of(ctx, fracture.code.replace(/^(...)/, '$1.'), fracture.title);
    const code = sited && `${sited.slice(0, -1)}${u.code.at(-1)}`;
    if (!code || !ctx.codeSets.icd(code, ctx.doc.dateOfService)?.billable) continue;
    if (addFinding(ctx, code, u, `ICD-10-CM I.B.18, Tabular M80.0: the site and side the statement names ("${fracture.title}")`))
      drop(u, 'other', `ICD-10-CM I.B: ${code} names the site`);
  }
};

/** The M80.0 code of the fracture's site, side and encounter, or null where the site has none. */
function m80Of(ctx: RuleContext, code: string, title: string): string | null {
  const site = siteOf.find(([re]) => re.test(code))?.[1];
  if (!site) return null;
  const side = site === '8' ? 'X' : /\bright\b/i.test(title) ? '1' : /\bleft\b/i.test(title) ? '2' : '9';
  const want = `M80.0${site}${side}${encounterOf(code.at(-1)!)}`;
  return ctx.codeSets.icd(want, ctx.doc.dateOfService)?.billable ? want : null;
}
