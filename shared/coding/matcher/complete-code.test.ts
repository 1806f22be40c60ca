import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSourceDir } from '../../../cli/codesets/paths.ts';
import { builtCodeSets, codeSetsBuilt } from '../../../test/support/built-code-sets.ts';
import { bySide, bySite } from '../specificity/site-axis.ts';
import { bySibling, byUnspecifiedAxis, completeCode, seventhCharacter } from './complete-code.ts';

// Rows read from the official order file of the year the compiled code sets answer for (FY2027):
// each header's own subdivisions and titles give the expected code, none is written here.
const source = findSourceDir();
const orderFile = source && join(source, 'icd10cm', 'icd10cm_order_2027.txt');
const present = codeSetsBuilt && !!orderFile && existsSync(orderFile);

interface Row {
  code: string;
  billable: boolean;
  title: string;
}
const rows: Row[] = present
  ? readFileSync(orderFile!, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.length > 16)
      .map((l) => ({ code: l.slice(6, 13).trim(), billable: l[14] === '1', title: l.slice(77).trim() }))
  : [];
const byCode = new Map(rows.map((r) => [r.code, r]));
const kidsOf = (code: string) => [...'0123456789X'].map((c) => byCode.get(code + c)).filter((r): r is Row => !!r);
/** The first billable code at or below `code` in tabular order: its 7th character A where it takes one. */
const firstBillable = (code: string) => rows.find((r) => r.billable && r.code.startsWith(code))?.code;
const dot = (c: string) => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);
/** Every n-th item: a spread over the chapter, few enough for a unit test. */
const spread = <T>(list: T[], n: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0);

// Headers of the injury chapter subdivided by side only (right / left / unspecified).
const sided = spread(
  rows.filter((r) => {
    if (r.billable || !/^S/.test(r.code)) return false;
    const kids = kidsOf(r.code);
    return (
      kids.length === 3 &&
      kids.some((k) => /\bright\b/i.test(k.title)) &&
      kids.some((k) => /\bleft\b/i.test(k.title)) &&
      kids.some((k) => /\bunspecified\b/i.test(k.title))
    );
  }),
  25,
);

// Codes of the injury chapter that take a 7th character for the episode: the 6-character stem of an A/D/S trio.
const episodic = spread(
  rows.filter((r) => r.code.length === 7 && r.code.endsWith('A') && /^[ST]/.test(r.code) && byCode.has(`${r.code.slice(0, 6)}S`)),
  25,
).map((r) => r.code.slice(0, 6));

describe.skipIf(!present)('a header completed from the tabular (issue #24 item 2)', () => {
  const cs = builtCodeSets();

  it.each(sided.map((r) => [r.code]))('%s by side: the subdivision titled right, 7th character A', (header) => {
    const right = kidsOf(header).find((k) => /\bright\b/i.test(k.title))!;
    const left = kidsOf(header).find((k) => /\bleft\b/i.test(k.title))!;
    expect(completeCode(cs(), header, undefined, 'right, initial encounter')?.code).toBe(dot(firstBillable(right.code)!));
    expect(completeCode(cs(), header, undefined, 'left')?.code).toBe(dot(firstBillable(left.code)!));
  });

  it.each(episodic.map((c) => [c]))('%s by 7th character: initial A, subsequent D, sequela S', (stem) => {
    const head = stem.replace(/X+$/, '');
    const want = (episode: RegExp) => rows.find((r) => r.billable && r.code.startsWith(stem) && r.code.length === 7 && episode.test(r.title))?.code;
    expect(completeCode(cs(), head, undefined, 'initial encounter')?.code.replace('.', '')).toBe(want(/initial encounter/));
    expect(completeCode(cs(), head, undefined, 'seen in follow-up, healing well')?.code.replace('.', '')).toBe(want(/subsequent encounter/));
    expect(completeCode(cs(), head, undefined, 'sequela of the injury')?.code.replace('.', '')).toBe(want(/sequela$/));
  });

  // I.C.15.a.6: a fetus the note does not identify is 7th character 0 ("not applicable or unspecified"), after the trimester
  // the statement documents; placeholders fill the empty positions (O40.3XX0).
  it.each([
    ['O40', 'Polyhydramnios, third trimester', /^Polyhydramnios, third trimester, not applicable or unspecified$/],
    ['O41.0', 'Oligohydramnios, second trimester', /^Oligohydramnios, second trimester, not applicable or unspecified$/],
    ['O40', 'Polyhydramnios', /^Polyhydramnios, unspecified trimester, not applicable or unspecified$/],
  ])('%s "%s" -> the fetus character 0', (header, statement, want) => {
    const expected = rows.find((r) => r.billable && r.code.startsWith(header.replace('.', '')) && want.test(r.title))!;
    expect(completeCode(cs(), header, undefined, statement)?.code).toBe(dot(expected.code));
  });

  // A "without X" subdivision documented by the statement denying X, its shorthand read by the lexicon.
  it('S06.5X "Traumatic subdural hemorrhage" with "no LOC" after a fall is its "without loss of consciousness" subdivision', () => {
    const without = kidsOf('S065X').find((k) => /without loss of consciousness/i.test(k.title))!;
    expect(completeCode(cs(), 'S065X', undefined, 'Acute traumatic R SDH after mechanical fall, no LOC, initial encounter')?.code).toBe(
      dot(firstBillable(without.code)!),
    );
  });

  // A subdivision is documented by at least half of its own words: "brain" alone is not "... with death due to brain
  // injury prior to regaining consciousness" (S06.337); the loss of consciousness left unsaid is the unspecified duration.
  it('S06.33 "Contusion and laceration of cerebrum, unspecified" for "focal contusion of brain" -> no death subdivision', () => {
    const got = completeCode(cs(), 'S0633', undefined, 'Focal contusion of brain');
    expect(byCode.get(got!.code.replace('.', '').slice(0, 6))!.title).toMatch(/unspecified duration/);
  });

  // By site: the subdivision keeping the header's title (S30.1 -> S30.11 beside groin, flank), and an
  // unspecified site given way to the site named or "other site" (M79.1: M79.10, M79.12, M79.18).
  it('S30.1 "Contusion of abdominal wall" is completed by the subdivision that keeps its title', () => {
    const same = kidsOf('S301').find((k) => k.title === byCode.get('S301')!.title)!;
    expect(completeCode(cs(), 'S301', undefined, 'abdominal wall contusion')?.code).toBe(dot(firstBillable(same.code)!));
  });

  // FY2026 split R10.2 by side, titled "... pain unspecified side" / "right side" / "bilateral": the noun "side" is no detail (I.B.13).
  it.each([
    ['Pelvic pain', /\bunspecified side\b/],
    ['Pelvic pain, right side', /\bright side\b/],
    ['Left pelvic pain', /\bleft side\b/],
    ['Pelvic pain, bilateral', /\bbilateral\b/],
  ])('R10.2 "%s" -> the subdivision titled %s', (statement, want) => {
    const expected = kidsOf('R102').find((k) => want.test(k.title))!;
    expect(completeCode(cs(), 'R10.2', undefined, statement)?.code).toBe(dot(expected.code));
  });

  // FY2025 split M51.36 by the pain it brings ("with discogenic back pain only", ...), with no unspecified subdivision:
  // silence documents the one "without mention of" them (I.A.15).
  it('M51.36 with no pain documented -> the subdivision "without" what its siblings add', () => {
    const without = kidsOf('M5136').find((k) => /\bwithout\b/.test(k.title))!;
    expect(completeCode(cs(), 'M51.36', undefined, 'Lumbar degenerative disc disease')?.code).toBe(dot(without.code));
  });

  // FY2023 split B37.3 into acute and chronic with no unspecified subdivision: the Index names the acute one for the
  // condition and lists chronic as its subterm (as "Embolism, vein, axillary I82.A1-", "chronic I82.A2-").
  it.each([
    ['Candidiasis of vulva and vagina', /^Acute\b/],
    ['Chronic candidiasis of vagina', /^Chronic\b/],
  ])('B37.3 "%s" -> the subdivision titled %s', (statement, want) => {
    const expected = kidsOf('B373').find((k) => want.test(k.title))!;
    expect(completeCode(cs(), 'B37.3', undefined, statement)?.code).toBe(dot(expected.code));
  });

  // C92.1 "Chronic myeloid leukemia, BCR/ABL-positive" has no unspecified subdivision; the one that includes the header's
  // own title "NOS" is it (I.A.8): "... not having achieved remission".
  it('C92.1 with no remission said -> the subdivision whose inclusion term is "<header> NOS"', () => {
    const header = byCode.get('C921')!.title;
    const nos = kidsOf('C921').find((k) => /not having achieved remission/.test(k.title))!;
    expect(completeCode(cs(), 'C92.1', undefined, header)?.code).toBe(dot(nos.code));
  });

  // FY2018 kept I27.2's title on I27.29 and added I27.20 "Pulmonary hypertension, unspecified": a statement that does not
  // say the title's "secondary" is the unspecified one; one that does keeps the title.
  it.each([
    ['Pulmonary hypertension', /\bunspecified\b/],
    ['Other secondary pulmonary hypertension', /^Other secondary\b/],
  ])('I27.2 "%s" -> the subdivision titled %s', (statement, want) => {
    const expected = kidsOf('I272').find((k) => want.test(k.title))!;
    expect(completeCode(cs(), 'I27.2', undefined, statement)?.code).toBe(dot(expected.code));
  });

  // FY2018 split K56.60 into partial, complete and "unspecified as to partial versus complete": the axis that title
  // names as open is no detail, so it is the statement's code when neither is said.
  it.each([
    ['Small bowel obstruction', /\bunspecified as to partial versus complete\b/i],
    ['Partial small bowel obstruction', /^Partial\b/],
  ])('K56.60 "%s" -> the subdivision titled %s', (statement, want) => {
    const expected = kidsOf('K5660').find((k) => want.test(k.title))!;
    expect(completeCode(cs(), 'K56.60', undefined, statement)?.code).toBe(dot(expected.code));
  });

  // K56.5 "Intestinal adhesions [bands] with obstruction": the header's "obstruction" is said by all three subdivisions,
  // the unspecified one in its open axis, so a note that says "obstruction" has said no detail.
  it.each([
    ['Small bowel obstruction due to adhesions', /\bunspecified as to partial versus complete\b/i],
    ['Adhesive small bowel obstruction', /\bunspecified as to partial versus complete\b/i],
    ['Partial small bowel obstruction due to adhesions', /\bpartial obstruction\b/],
  ])('K56.5 "%s" -> the subdivision titled %s', (statement, want) => {
    const expected = kidsOf('K565').find((k) => want.test(k.title))!;
    expect(completeCode(cs(), 'K56.5', undefined, statement)?.code).toBe(dot(expected.code));
  });

  // M65.9- names regions of the limb (shoulder ... thigh, lower leg, ankle and foot), never the knee: the knee joint is the lower leg's.
  it('M65.9 "Synovitis, right knee" -> the right lower leg subdivision', () => {
    const leg = kidsOf('M659').find((k) => /\blower leg\b/.test(k.title))!;
    const right = kidsOf(leg.code).find((k) => /\bright\b/.test(k.title))!;
    expect(completeCode(cs(), 'M65.9', undefined, 'Synovitis, right knee')?.code).toBe(dot(right.code));
  });

  it('M23.304 "unspecified medial meniscus" with the posterior horn said -> the parent\'s sibling, by side (I.A.9)', () => {
    const horn = kidsOf('M233').find((k) => /\bposterior horn of medial meniscus\b/.test(k.title))!;
    const left = kidsOf(horn.code).find((k) => /\bleft knee\b/.test(k.title))!;
    expect(bySibling(cs(), 'M23.304', undefined, 'Degenerative tear of posterior horn medial meniscus, left knee')?.code).toBe(dot(left.code));
  });

  it.each([
    ['thigh', /\bother site\b/],
    ['neck', /\bneck\b/],
  ])('M79.10 with the site "%s" -> the sibling titled %s', (site, want) => {
    const code = bySite(cs(), undefined, 'M79.10', byCode.get('M7910')!.title, new Set([site]))?.code;
    const expected = kidsOf('M791').find((k) => want.test(k.title) && k.code !== 'M7910')!;
    expect(code).toBe(dot(expected.code));
  });

  it('M85.80 with two sites named -> the multiple-sites sibling (I.C.13.a); one site -> not it', () => {
    const title = byCode.get('M8580')!.title;
    const multiple = kidsOf('M858').find((k) => /\bmultiple sites\b/.test(k.title))!;
    expect(bySite(cs(), undefined, 'M85.80', title, new Set(['hip', 'shoulder']))?.code).toBe(dot(multiple.code));
    expect(bySite(cs(), undefined, 'M85.80', title, new Set(['lower', 'back']))?.code).not.toBe(dot(multiple.code));
  });

  it('M85.80 with two sites one subdivision names together ("ankle and foot") -> that subdivision, its unspecified side (I.C.13.a)', () => {
    const title = byCode.get('M8580')!.title;
    const ankleFoot = kidsOf('M8587').find((k) => /\bunspecified ankle and foot\b/.test(k.title))!;
    expect(bySite(cs(), undefined, 'M85.80', title, new Set(['ankle', 'foot']))?.code).toBe(dot(ankleFoot.code));
  });

  it('M85.80 at a site its subdivisions name only by region (WHO chapter XIII: the hip is the thigh region), and the spine as a site of its own', () => {
    const title = byCode.get('M8580')!.title;
    const thigh = kidsOf('M8585').find((k) => /\bunspecified thigh\b/.test(k.title))!;
    const multiple = kidsOf('M858').find((k) => /\bmultiple sites\b/.test(k.title))!;
    expect(bySite(cs(), undefined, 'M85.80', title, new Set(['hip']))?.code).toBe(dot(thigh.code));
    expect(bySite(cs(), undefined, 'M85.80', title, new Set(['spine', 'hip']))?.code).toBe(dot(multiple.code));
  });

  // By side on a billable code: rows of unspecified-side codes whose sibling's title reads "right" in its place.
  const unsided = present
    ? spread(
        rows.filter(
          (r) => r.billable && r.code.length === 7 && r.code.endsWith('A') && /\bunspecified (?:shoulder|knee|hip|elbow|wrist|ankle)\b/i.test(r.title),
        ),
        10,
      )
    : [];
  it.each(unsided.map((r) => [r.code, r.title]))('%s "%s" by the side said', (code, title) => {
    const want = rows.find(
      (r) =>
        r.code.slice(0, 5) === code.slice(0, 5) &&
        r.code.endsWith('A') &&
        r.title === title.replace(/\bunspecified (shoulder|knee|hip|elbow|wrist|ankle)\b/i, 'right $1'),
    );
    expect(want).toBeDefined();
    expect(bySide(cs(), undefined, dot(code), title, ['right'])?.code).toBe(dot(want!.code));
  });

  it('bilateral where the category has no bilateral code gives the right and the left codes (I.B.13)', () => {
    const m05149 = byCode.get('M05149');
    expect(m05149).toBeDefined();
    const done = bySide(cs(), undefined, 'M05.149', m05149!.title, ['bilateral']);
    expect([done?.code, done?.also?.code]).toEqual(['M05.141', 'M05.142']);
  });

  // Headers whose unspecified subdivision is "with unspecified X" beside a "without X" sibling
  // (E10.8 / E10.9): silence documents no X, so the "without" sibling completes it (I.A.15).
  const withUnspecified = present
    ? rows.filter((r) => {
        const kids = rows.filter((k) => k.code.startsWith(r.code) && k.code.length === r.code.length + 1);
        return (
          !r.billable && kids.some((k) => /\bwith unspecified complications\b/i.test(k.title)) && kids.some((k) => /\bwithout complications\b/i.test(k.title))
        );
      })
    : [];
  it.each(withUnspecified.map((r) => [r.code]))('%s with nothing documented -> its "without complications" subdivision', (header) => {
    const without = kidsOf(header).find((k) => /\bwithout complications\b/i.test(k.title))!;
    expect(without).toBeDefined();
    expect(completeCode(cs(), header, undefined, byCode.get(header)!.title)?.code).toBe(dot(firstBillable(without.code)!));
  });

  // The axis a code leaves unspecified one character up: F17.200 "Nicotine dependence, unspecified,
  // uncomplicated" -> the parent's sibling naming the product, with the same last character.
  it.each([
    ['Tobacco use disorder - cigarettes', 'F1721', 'F17200'],
    ['Nicotine dependence, chewing tobacco', 'F1722', 'F17200'],
  ])('"%s": %s with the last character of %s', (statement, parent, code) => {
    const want = rows.find((r) => r.billable && r.code === parent + code.slice(-1));
    expect(want).toBeDefined();
    expect(bySibling(cs(), dot(code), undefined, statement)?.code).toBe(dot(want!.code));
  });

  // A header subdivided by limb and side only (L02.41- cutaneous abscess of limb, L03.11- cellulitis of limb): a part
  // of a limb is that limb (chapter 19's blocks: hip to foot the lower limb, shoulder to hand the upper).
  const byLimb = rows.filter(
    (r) => !r.billable && kidsOf(r.code).some((k) => /\bright lower limb\b/i.test(k.title)) && kidsOf(r.code).some((k) => /\bleft upper limb\b/i.test(k.title)),
  );
  it.each(byLimb.map((r) => [r.code, r.title]))('%s "%s": "right thigh" -> right lower limb, "left forearm" -> left upper limb', (header) => {
    const kid = (re: RegExp) => kidsOf(header).find((k) => re.test(k.title))!.code;
    expect(completeCode(cs(), dot(header), undefined, 'right thigh')?.code).toBe(dot(kid(/\bright lower limb\b/i)));
    expect(completeCode(cs(), dot(header), undefined, 'left forearm')?.code).toBe(dot(kid(/\bleft upper limb\b/i)));
  });

  // A reason axis with no unspecified subdivision (Z91.1- noncompliance, FY2024): the residual "for other reason".
  const byReason = rows.filter(
    (r) =>
      !r.billable &&
      /^Z91/.test(r.code) &&
      kidsOf(r.code).some((k) => /\bfor other reason$/i.test(k.title)) &&
      !kidsOf(r.code).some((k) => /\bunspecified\b/i.test(k.title)),
  );
  it.each(byReason.map((r) => [r.code, r.title]))(
    '%s "%s" with no reason said -> "for other reason"; financial hardship said -> that subdivision',
    (header, title) => {
      const other = kidsOf(header).find((k) => /\bfor other reason$/i.test(k.title))!;
      expect(completeCode(cs(), header, undefined, title)?.code).toBe(dot(other.code));
      const hardship = kidsOf(header).find((k) => /\bfinancial hardship\b/i.test(k.title));
      if (hardship) expect(completeCode(cs(), header, undefined, `${title} due to financial hardship`)?.code).toBe(dot(hardship.code));
    },
  );

  // A subdivision titled by what is not said ("..., not specified as recurrent") is the unspecified one, and its
  // words document nothing: "recurrent" said is the sibling titled recurrent.
  const notSpecified = rows.filter(
    (r) =>
      !r.billable &&
      kidsOf(r.code).some((k) => /\bnot specified as recurrent$/i.test(k.title)) &&
      !kidsOf(r.code).some((k) => /\bunspecified\b/i.test(k.title)),
  );
  it.each(notSpecified.map((r) => [r.code, r.title]))('%s "%s": silence -> "not specified as recurrent"; "recurrent" -> the recurrent one', (header, title) => {
    const silent = kidsOf(header).find((k) => /\bnot specified as recurrent$/i.test(k.title))!;
    const recurrent = kidsOf(header).find((k) => /\brecurrent$/i.test(k.title) && k !== silent)!;
    expect(completeCode(cs(), header, undefined, title)?.code).toBe(dot(firstBillable(silent.code)!));
    expect(completeCode(cs(), header, undefined, `Recurrent ${title.toLowerCase()}`)?.code).toBe(dot(firstBillable(recurrent.code)!));
  });

  it('K22.8 (the FY2017 Index\'s "Hemorrhage, esophagus") -> its "other specified disease" subdivision, not a polyp: a generic noun is no alternative to name', () => {
    const other = kidsOf('K228').find((k) => /^other specified disease/i.test(k.title))!;
    expect(completeCode(cs(), 'K228', undefined, 'Esophageal hemorrhage')?.code).toBe(dot(other.code));
  });

  // A title opening with its condition's "Unspecified" ("Unspecified dementia, unspecified severity, ...") leaves the
  // later "unspecified severity" as its open axis; the severity said is the code naming it (I.B.18).
  it.each(['mild', 'moderate', 'severe'])('F03.90 with "Dementia, %s" -> the unspecified dementia of that severity, without disturbance', (severity) => {
    const want = rows.find((r) => r.billable && r.code.startsWith('F03') && new RegExp(`^Unspecified dementia, ${severity}, without`, 'i').test(r.title))!;
    expect(want).toBeDefined();
    expect(byUnspecifiedAxis(cs(), 'F03.90', undefined, `Dementia, ${severity}`)?.code).toBe(dot(want.code));
  });

  it('takes no sibling whose added words the statement does not all say ("tobacco" is no "chewing tobacco")', () => {
    expect(bySibling(cs(), 'F17.200', undefined, 'Tobacco use disorder')).toBeNull();
  });

  it('takes no sibling by the words of the Index path that reached the code ("Arthritis, psoriatic" L40.50 is no "mutilans")', () => {
    expect(bySibling(cs(), 'L40.50', undefined, 'Psoriatic arthritis', ['arthritis', 'psoriatic'])).toBeNull();
    expect(bySibling(cs(), 'L40.50', undefined, 'Psoriatic arthritis mutilans', ['arthritis', 'psoriatic'])?.code).toBe('L40.52');
  });

  it('an unspecified site stays when no site is said', () => {
    expect(bySite(cs(), undefined, 'M79.10', byCode.get('M7910')!.title, new Set(['myalgia']))).toBeNull();
  });
});

describe('the 7th character by the encounter and the fracture (I.C.19.a, I.C.19.c.1)', () => {
  // S52's 7th characters as the tabular lists them (FY2021 tabular, S52 sevenChrDef).
  const s52 = [
    ['A', 'initial encounter for closed fracture'],
    ['B', 'initial encounter for open fracture type I or II'],
    ['C', 'initial encounter for open fracture type IIIA, IIIB, or IIIC'],
    ['D', 'subsequent encounter for closed fracture with routine healing'],
    ['E', 'subsequent encounter for open fracture type I or II with routine healing'],
    ['G', 'subsequent encounter for closed fracture with delayed healing'],
    ['K', 'subsequent encounter for closed fracture with nonunion'],
    ['P', 'subsequent encounter for closed fracture with malunion'],
    ['S', 'sequela'],
  ].map(([char, title]) => ({ char: char!, title: title! }));

  it.each([
    ['closed fracture, initial encounter', 'A'],
    ['fracture', 'A'],
    ['open fracture', 'B'],
    ['fracture follow-up, routine healing', 'D'],
    ['fracture f/u, delayed healing', 'G'],
    ['fracture with nonunion', 'K'],
    ['Delayed union, left tibial shaft fracture', 'G'],
    ['malunion of old fracture', 'P'],
    ['sequela of old fracture', 'S'],
    // A follow-up planned for later is another visit: this one is still active treatment.
    ['distal radius fracture - closed reduction in ED; ortho f/u 1 wk for repeat XR', 'A'],
    ['wrist fracture - follow up with PCP in 2 weeks', 'A'],
    // I.C.19.a's examples of subsequent care: cast change or removal, removal of sutures.
    ['Cast check, right distal radius fracture', 'D'],
    ['forearm fracture, cast removed today', 'D'],
    ['Suture removal, healed laceration of left forearm', 'D'],
    // A removal planned for later is another visit.
    ['Chin laceration 2 cm - repaired, sutures out 5 d.', 'A'],
  ])('%s -> %s', (statement, char) => {
    expect(seventhCharacter(s52, statement)?.char).toBe(char);
  });
});
