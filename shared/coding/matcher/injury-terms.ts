/**
 * The injury chapter's main terms, each reached by the statement's own word for it (Index
 * conventions I.A / I.B.1; guideline I.C.19). A variant's words send the statement to another
 * main term, read with the subterms its words imply.
 */
export interface InjuryTerm {
  words: string[][];
  main: string;
  source: string;
  /** `under`: the subterm of `main` the walk starts at ("Fracture, traumatic, stress"). */
  variants?: { words: string[]; main: string; under?: string; implied?: string[]; source: string }[];
  /** [word, default]: the default holds unless the word is said. */
  defaults?: [string, string][];
  /** Subterm words the main term implies (weigh half a said word). */
  implied?: string[];
  /** Words that make the statement another condition's. */
  not?: string[];
}
export const injuryTerms: InjuryTerm[] = [
  {
    words: [['fracture']],
    main: 'Fracture, traumatic',
    source: 'Index: Fracture, traumatic',
    variants: [
      {
        // I.C.13.d.2: a fracture in known osteoporosis is M80, not a traumatic fracture; the Index
        // reads it at Osteoporosis, age-related (= Osteoporosis NOS, both M81.0), with current pathologic fracture, by site.
        words: ['osteoporosis'],
        main: 'Osteoporosis',
        implied: ['age', 'related', 'current', 'pathological', 'fracture'],
        source: 'ICD-10-CM I.C.13.d.2; Index: Osteoporosis, age-related, with current pathologic fracture',
      },
      { words: ['pathological'], main: 'Fracture, pathological', source: 'Index: Fracture, pathological (pathologic)' },
      // A stress (fatigue) fracture is no injury of the S chapter: "Fracture, traumatic, stress" M84.3-, by site (Tabular M84.3
      // "Stress fracture", inclusion "Fatigue fracture"; Excludes2 traumatic fracture).
      { words: ['stress'], main: 'Fracture, traumatic', under: 'stress', source: 'Index: Fracture, traumatic, stress; Tabular M84.3 Stress fracture' },
      { words: ['fatigue'], main: 'Fracture, traumatic', under: 'stress', source: 'Tabular M84.3 "Stress fracture", inclusion: fatigue fracture' },
      // The hip's fracture is the femur's ("Fracture, hip - see Fracture, femur, neck"): a part of the femur's upper end
      // said with it ("intertrochanteric hip fracture") is read there (S72.14-), the hip alone at the neck.
      { words: ['hip'], main: 'Fracture, traumatic', implied: ['femur'], source: 'Index: Fracture, traumatic, hip - see Fracture, femur, neck' },
    ],
    // Tabular notes at S42, S52, S62, S72, S82, S92 (and I.C.19.c.1): a fracture not indicated as
    // displaced or nondisplaced is coded displaced; not indicated as open or closed, closed.
    defaults: [
      ['nondisplaced', 'displaced'],
      ['open', 'closed'],
    ],
  },
  { words: [['sprain']], main: 'Sprain', source: 'Index: Sprain' },
  // A wound a bite made is the bite's, by site (Index: Bite(s) (animal) (human), by site: "open bite"; Tabular S61.45
  // "Open bite of hand", inclusion "Bite of hand NOS"), however the wound is described ("cat bite, 2 punctures").
  {
    words: [['bite']],
    main: 'Bite',
    not: ['insect', 'tick', 'spider', 'mosquito', 'flea', 'snake', 'venomous'],
    source: 'Index: Bite(s) (animal) (human), by site',
  },
  // A torn ligament is its sprain ("ACL tear, left knee": Sprain, knee, cruciate, anterior S83.51-).
  { words: [['tear', 'ligament']], main: 'Sprain', source: 'Index: Tear, torn, ligament - see Sprain' },
  {
    words: [['dislocation']],
    main: 'Dislocation',
    source: 'Index: Dislocation',
    variants: [
      {
        // Tabular S43.0 "Subluxation and dislocation of shoulder joint", inclusion: dislocation of glenohumeral joint: the
        // shoulder's dislocation is the humerus's, which the Index subdivides (Dislocation, shoulder, humerus, anterior S43.01-).
        words: ['shoulder'],
        main: 'Dislocation',
        implied: ['humerus'],
        source: 'Tabular S43.0 inclusion: dislocation of glenohumeral joint; Index: Dislocation, shoulder, humerus',
      },
    ],
  },
  // A strain of a site is the muscle and tendon's (Index: Strain, muscle (tendon), by site); "Strain, back / neck" name sites too.
  { words: [['strain']], main: 'Strain', implied: ['muscle', 'tendon'], source: 'Index: Strain, muscle (tendon)' },
  { words: [['contusion']], main: 'Contusion', source: 'Index: Contusion; Bruise - see Contusion' },
  // A hematoma of a site with the skin intact is its contusion (Index: Hematoma (traumatic) (skin surface intact) - see
  // also Contusion): "Scalp hematoma, R parietal" S00.03-. Not where the Index's own Hematoma subterms name it elsewhere
  // (intracranial, spleen, liver, retroperitoneal, perianal, obstetric, genital, postprocedural ones).
  {
    words: [['hematoma']],
    main: 'Contusion',
    not: [
      ...['subdural', 'epidural', 'subarachnoid', 'intracerebral', 'cerebral', 'cerebellar', 'brain', 'spinal', 'orbit', 'vitreous'],
      ...['spleen', 'splenic', 'liver', 'hepatic', 'retroperitoneal', 'perianal', 'perirenal', 'kidney', 'mediastinum', 'aorta', 'aortic'],
      ...['breast', 'pelvis', 'vulva', 'vagina', 'labia', 'penis', 'testis', 'epididymis', 'placenta', 'umbilical', 'cesarean', 'episiotomy'],
      ...['postoperative', 'postprocedural', 'intraoperative', 'amputation', 'birth', 'newborn'],
    ],
    source: 'Index: Hematoma (traumatic) (skin surface intact) - see also Contusion',
  },
  // The Index classes a foreign body in a natural orifice (T15-T19) under "entering through orifice";
  // the sensation of one is a symptom (Index: Foreign body, feeling of, in throat R09.89), not an injury.
  {
    words: [['foreign', 'body']],
    main: 'Foreign body',
    implied: ['entering', 'through', 'orifice'],
    not: ['sensation', 'feeling', 'felling'],
    source: 'Index: Foreign body, entering through orifice',
  },
];
