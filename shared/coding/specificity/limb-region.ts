import { tokenize } from '../text/tokens.ts';

/**
 * The limb a part belongs to, as the classification groups them where a category is subdivided by limb only
 * ("Cutaneous abscess of right lower limb" L02.415; "Cellulitis of left upper limb" L03.114): chapter 19's blocks
 * run shoulder and upper arm, elbow and forearm, wrist, hand and fingers (S40-S69, the upper limb), then hip and
 * thigh, knee and lower leg, ankle and foot (S70-S99, the lower limb). The Index sends the parts there
 * ("Abscess, thigh L02.41-"; "Abscess, leg (any part) L02.41-").
 */
const limbs: [parts: string[], limb: string[]][] = [
  [
    ['hip', 'buttock', 'thigh', 'knee', 'leg', 'calf', 'shin', 'ankle', 'foot', 'heel', 'toe', 'femur', 'tibia', 'fibula'],
    ['lower', 'limb'],
  ],
  [
    ['shoulder', 'arm', 'elbow', 'forearm', 'wrist', 'hand', 'finger', 'thumb', 'humerus', 'radius', 'ulna'],
    ['upper', 'limb'],
  ],
];

/** The words of the limb the stems name a part of ("right thigh": lower limb), if exactly one. */
export function limbOf(stems: Set<string>): string[] {
  const named = limbs.filter(([parts]) => parts.some((p) => stems.has(p)));
  return named.length === 1 ? named[0]![1] : [];
}

/** The parts of the limbs named above ("thigh", "forearm"), as stems. */
export const limbParts: ReadonlySet<string> = new Set(limbs.flatMap(([parts]) => parts));

/**
 * The region a joint or bone belongs to where a category's subdivisions name regions of the limb but not the part
 * ("Unspecified synovitis and tenosynovitis, right lower leg" M65.961 for the knee): chapter 19 groups "knee and lower
 * leg" (S80-S89), and the classification's musculoskeletal site list puts the knee joint in the lower leg, the tarsus
 * and metatarsus in the foot, the carpus and metacarpus in the hand ("Stress fracture, left foot" M84.375 for the second
 * metatarsal; "..., left hand" M84.342 for the fifth metacarpal). (The hip is left out: where a bone-density category
 * names the thigh, "hip and spine" is a report of several sites, M85.89, not the thigh.)
 */
const partRegions: [part: string, region: string[]][] = [
  ['knee', ['lower', 'leg']],
  ['metatarsus', ['foot']],
  ['tarsus', ['foot']],
  ['calcaneus', ['foot']],
  ['metacarpus', ['hand']],
  ['carpus', ['hand']],
];

/** Region words for the parts the stems name, where the subdivisions' titles name the region and never the part. */
export function regionOfPart(stems: Set<string>, titles: string[]): string[] {
  const out: string[] = [];
  const named = new Set(titles.flatMap((t) => tokenize(t).map((w) => w.stem)));
  for (const [part, region] of partRegions) {
    if (!stems.has(part) || named.has(part)) continue;
    if (titles.some((t) => new RegExp(`\\b${region.join(' ')}\\b`, 'i').test(t))) out.push(...region);
  }
  return out;
}
