import { describe, expect, it } from 'vitest';
import { builtCodeSets, codeSetsBuilt, icdCodesOfOfficeNote } from '../../../test/support/built-code-sets.ts';
import { expandTokens } from '../lexicon/expand.ts';
import { injuryIndexHits } from './injury-index.ts';
import { treeOf } from './injury-tree.ts';

// Against the code sets compiled from the official files (`npx chartside codes build`).

describe.skipIf(!codeSetsBuilt)('injuries by Index navigation (issue #24 item 1, I.C.19)', () => {
  const cs = builtCodeSets();
  const hits = (s: string) => injuryIndexHits(cs(), expandTokens(s, 0, s.length), s);
  /** The code the official Index gives at a path (main term title, then subterms), undotted. */
  const indexCode = (path: string[]) => {
    const t = treeOf(cs())!;
    let at: number | undefined = t.mains(path[0]!)[0];
    for (const p of path.slice(1)) at = at === undefined ? undefined : t.kids(at).find((k) => t.tree.title(k) === p);
    return at === undefined
      ? undefined
      : t
          .code(at)
          ?.replace(/[.-]+$/, '')
          .replace('.', '');
  };

  // Each row: a statement, the Index path a coder walks for it; the code is the Index's at that path.
  it.each([
    ['Torus (buckle) fracture of distal L radius', ['Fracture, traumatic', 'radius', 'distal end', 'torus']],
    ['R ankle sprain, ATFL', ['Sprain', 'ankle', 'talofibular ligament']],
    ['Closed displaced fracture neck R 5th metacarpal', ['Fracture, traumatic', 'metacarpal', 'fifth', 'neck']],
    ['nondisplaced fracture of the neck of the 5th metacarpal', ['Fracture, traumatic', 'metacarpal', 'fifth', 'neck', 'nondisplaced']],
    ['Abdominal wall contusion', ['Contusion', 'abdomen, abdominal']],
    // A bite's wound is the bite's, however described (Index: Bite(s), by site; S61.45 "Open bite of hand").
    ['Cat bite, L hand, 2 punctures', ['Bite', 'hand']],
    ['Dog bite R forearm with puncture wounds', ['Bite', 'forearm']],
    ['bruised right knee', ['Contusion', 'knee']],
    // A hematoma with the skin intact is its contusion (Index: Hematoma (traumatic) - see also Contusion).
    ['Scalp hematoma R parietal', ['Contusion', 'scalp']],
    ['Corneal foreign body, L eye', ['Foreign body', 'cornea']],
    ['old R bimalleolar fx', ['Fracture, traumatic', 'bimalleolar']],
    ['Osteoporotic compression fracture T12', ['Osteoporosis', 'age-related', 'with current pathologic fracture', 'vertebra']],
    ['Osteoporosis with pathological fracture of the radius', ['Osteoporosis', 'age-related', 'with current pathologic fracture', 'radius']],
    // "femur, femoral" is one word in two forms; a numbered toe other than the first is a lesser toe.
    ['closed fracture of left femoral neck', ['Fracture, traumatic', 'femur, femoral', 'neck']],
    // Equal words: the part named ("subcapital") over the code for an unspecified part of the neck (I.B.18).
    ['R displaced subcapital femoral neck fracture', ['Fracture, traumatic', 'femur, femoral', 'subcapital']],
    // A bone's "upper end" is the region its parts lie in: a part said below it is enough.
    ['Closed displaced midcervical fracture L femoral neck', ['Fracture, traumatic', 'femur, femoral', 'upper end', 'midcervical']],
    // A shoulder's dislocation is the glenohumeral joint's (Tabular S43.0 inclusion), which the Index files under the humerus.
    ['Posterior dislocation of left shoulder', ['Dislocation', 'shoulder', 'humerus', 'posterior']],
    ['Anterior glenohumeral dislocation, right', ['Dislocation', 'shoulder', 'humerus', 'anterior']],
    ['Fracture of right 5th toe', ['Fracture, traumatic', 'toe', 'lesser']],
    // A site said in the plural is several; a foreign body in an orifice is read under "entering through orifice".
    ['Fractures of left ribs', ['Fracture, traumatic', 'rib', 'multiple']],
    // So are sites numbered twice ("5th and 6th"), past the fifth too.
    ['Right 5th and 6th rib fractures, closed', ['Fracture, traumatic', 'rib', 'multiple']],
    ['Foreign body in right ear', ['Foreign body', 'entering through orifice', 'ear']],
    ['Low back strain', ['Strain', 'low back']],
    // "malleolus - see Fracture, ankle" read in the referring term's own main term (traumatic, not pathological).
    ['Nondisplaced fracture of left lateral malleolus', ['Fracture, traumatic', 'malleolus', 'lateral malleolus only', 'nondisplaced']],
    // A thoracic vertebra by its level: Fracture, thorax, vertebra, twelfth; "nasal bones" is not several fractures.
    ['Compression fracture of T12 vertebra', ['Fracture, traumatic', 'thorax', 'vertebra', 'twelfth']],
    ['Fracture of nasal bones', ['Fracture, traumatic', 'nasal']],
    // "malunion", "delayed union" are redirects back to the sites ("see Fracture, by site"): the site is the path.
    ['Malunion of left tibia fracture', ['Fracture, traumatic', 'tibia']],
    ['Delayed union, left tibial shaft fracture', ['Fracture, traumatic', 'tibia']],
    // "Salter-Harris, Type II" below "physeal", which the statement leaves implied.
    ['Salter-Harris type II fracture of right distal radius', ['Fracture, traumatic', 'radius', 'distal end', 'physeal', 'Salter-Harris', 'Type II']],
  ])('%s -> Index %j', (statement, path) => {
    const want = indexCode(path);
    expect(want).toBeTruthy();
    expect(hits(statement).map((h) => h.code)).toEqual([want]);
  });

  it.each([
    // A denied injury, an injury word's homonym without the injury ("Torus palatinus": M27.0), a
    // fracture naming no site the Index lists (not T14.8, the unspecified body region).
    'no fracture',
    'torus palatinus',
    'fracture',
    // The sensation of a foreign body is a symptom (Index: Foreign body, feeling of; H57.8A-).
    'Foreign body sensation right eye',
    // After a number "fx" is a radiotherapy fraction; after an organ, its function.
    '25 fx',
    'normal renal fx',
    // A hematoma the Index's own Hematoma subterms place elsewhere.
    'Splenic hematoma',
    'Postoperative hematoma of abdominal wall',
  ])('%s -> no injury path', (statement) => {
    expect(hits(statement)).toEqual([]);
  });
});

describe.skipIf(!codeSetsBuilt)('injury statements coded in full: site, side, displaced/closed defaults, 7th character', () => {
  const codes = icdCodesOfOfficeNote();

  // Each row: Index path (as above) completed in the FY2026/2027 tabular.
  it.each([
    // Fracture, radius, lower end, torus S52.52-: left S52.522, closed initial A.
    ['Torus (buckle) fracture of distal L radius, closed, initial encounter', 'S52.522A', 'M27.0'],
    // Sprain, ankle, talofibular ligament S93.49-: right S93.491, A.
    ['R ankle sprain, ATFL (anterior talofibular lig), grade II', 'S93.491A', 'S93.401A'],
    // Fracture, metacarpal, fifth, neck (displaced) S62.33-: fifth, right hand S62.336, closed A.
    ['Closed displaced fracture neck R 5th metacarpal', 'S62.336A', 'S61.451A'],
    // Contusion, abdomen, abdominal (wall) S30.1, now S30.11 (abdominal wall), placeholder X, A.
    ['Abdominal wall contusion (seatbelt sign)', 'S30.11XA', 'T14.8XXA'],
    // Foreign body, cornea T15.0-: left eye T15.02, placeholder X, A.
    ['Corneal foreign body (metallic), L eye, removed', 'T15.02XA', ''],
    // Fracture, ankle, bimalleolar (displaced) S82.84-: right S82.841, sequela S.
    ['Post-traumatic OA R ankle - sequela of old R bimalleolar fx (2016) s/p ORIF', 'S82.841S', 'S82.841A'],
    // Osteoporosis, age-related, with current pathologic fracture, vertebra M80.08; routine healing D (I.C.13.d.2).
    ['Age-related osteoporosis w/ current fragility fracture L1 vertebra - healing as expected, routine f/u.', 'M80.08XD', 'M81.0'],
    // Open, not typed: type I or II (I.C.19.c.1): B.
    ['open fracture of the right tibial shaft', 'S82.201B', 'S82.201A'],
    // Fracture, traumatic, stress, metatarsus M84.37-: the metatarsus is the foot (chapter 13 sites), left M84.375, A.
    ['Stress fracture of left second metatarsal', 'M84.375A', 'S92.322A'],
    ['Fatigue fracture of right tibia', 'M84.361A', 'S82.201A'],
    // "Fracture, hip - see Fracture, femur, neck": a part of the femur's upper end said with the hip is that part (S72.14-).
    ['Right hip fracture, intertrochanteric, initial encounter', 'S72.141A', 'S72.001A'],
    ['Left hip fracture', 'S72.002A', 'S72.142A'],
    // Myalgia M79.1-: a site named that no subdivision names -> other site M79.18 (I.B.18).
    ['Myalgia of bilateral thighs', 'M79.18', 'M79.10'],
    // Gout, idiopathic, foot joint M10.07-: the 1st MTP is the "ankle and foot" site, one site, right (I.C.13.a, I.B.13).
    ['Acute gout flare R 1st MTP, primary gout', 'M10.071', 'M10.09'],
    // Osteoarthritis, post-traumatic, wrist M19.13-: the radiocarpal joint is the wrist (Index: Sprain, radiocarpal - see Sprain, wrist).
    ['Post-traumatic OA R radiocarpal jt', 'M19.131', 'M19.92'],
    // Dislocation, shoulder S43.006 (unspecified shoulder) -> its sibling for the side said, S43.004 (I.B.13).
    ['Dislocation of right shoulder', 'S43.004A', 'S43.006A'],
    // Dislocation, elbow S53.10-: "subluxation and dislocation" -> the dislocation of the left joint, S53.105.
    ['Left elbow dislocation', 'S53.105A', 'S53.102A'],
    // Sprain, ankle S93.40-, right, at follow-up: D, and no Z09 beside it (I.C.21.c.7).
    ['Right ankle sprain, follow-up visit', 'S93.401D', 'Z09'],
    // Abbreviations read by their clause: MCL beside a sprain is the ligament, LOC beside a concussion its loss of consciousness.
    ['Right knee sprain, MCL', 'S83.411A', 'S83.91XA'],
    ['Concussion without LOC', 'S06.0X0A', ''],
    // After treatment, healing: the injury code with D, not a history (I.C.19.a; I.C.21.c.7).
    ['Right hip fracture s/p ORIF, routine healing', 'S72.001D', 'S72.001A'],
  ])('%s -> %s (not %s)', (text, want, not) => {
    const got = codes(`Assessment:\n1. ${text}\n`);
    expect(got).toContain(want);
    if (not) expect(got).not.toContain(not);
  });
});

describe.skipIf(!codeSetsBuilt)('an uncertain injury is not coded (IV.H)', () => {
  const codes = icdCodesOfOfficeNote();

  // "vs" governs the fracture too, though the site word it shares stands before the cue.
  it.each(['Ankle sprain vs fracture', 'Left wrist pain, possible fracture', 'Rule out scaphoid fracture'])('%s', (text) => {
    expect(codes(`Assessment:\n1. ${text}\n`).filter((c) => /^S/.test(c))).toEqual([]);
  });
});

describe.skipIf(!codeSetsBuilt)('one word naming no site or kind gives no injury code (I.C.19)', () => {
  const codes = icdCodesOfOfficeNote();

  it.each(['Anticipatory guidance: water/burn safety', 'Parkinson disease with freezing', 'Secondhand smoke exposure', 'Contusion'])('%s', (text) => {
    expect(codes(`Assessment:\n1. ${text}\n`).filter((c) => /^[ST]/.test(c))).toEqual([]);
  });
});

describe.skipIf(!codeSetsBuilt)('one word naming the site and the kind is the injury (I.C.19)', () => {
  const codes = icdCodesOfOfficeNote();

  // Index "Concussion (brain) (cerebral) (current)": the brain is its site; the duration of a loss of
  // consciousness is the axis the note may leave unsaid, or bound ("< 30 min": "30 minutes or less").
  it.each([
    ['Concussion, initial encounter', 'S06.0X9A'],
    ['Concussion w/ LOC < 30 min (approx 1 min), initial encounter', 'S06.0X1A'],
    ['Concussion without loss of consciousness, initial encounter', 'S06.0X0A'],
  ])('%s -> %s', (text, want) => {
    expect(codes(`Assessment:\n1. ${text}\n`).filter((c) => /^S/.test(c))).toEqual([want]);
  });
});
