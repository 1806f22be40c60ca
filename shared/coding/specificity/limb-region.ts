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
