/**
 * Drugs by the class the Alphabetic Index names under "Long-term (current) drug therapy" (or a
 * current-year Z79 title names), each drug from the WHO ATC classification (ATC/DDD Index, WHO
 * Collaborating Centre for Drug Statistics Methodology) with its ATC code and group: the group is
 * the general source of the class, never a note. International nonproprietary names only.
 */
export interface DrugClass {
  said: RegExp;
  /** ATC codes of the drugs, then the ATC group that is the class. */
  atc: string;
  /** The class in the words of the Index subterm or Z79 title it leads to. */
  words: string;
  /** A class often given as a short course for an acute problem: outside a medication list, only a stated long-term use counts (I.C.21.c.3). */
  courses?: boolean;
  /** Another route's words (GLP-1 analogues: injected, or oral semaglutide). */
  oral?: string;
  /** An antidiabetic: reported with diabetes (I.C.4.a.3), not for another indication. */
  diabetes?: boolean;
}

export const drugClasses: DrugClass[] = [
  {
    said: /\b(?:meloxicam|ibuprofen|naproxen|diclofenac|celecoxib|indomethacin|ketorolac|nabumetone|etodolac|NSAIDs?)\b/gi,
    atc: 'M01AC06 M01AE01 M01AE02 M01AB05 M01AH01 M01AB01 M01AB15 M01AX01 M01AB08; M01A anti-inflammatory products, non-steroids',
    words: 'non-steroidal anti-inflammatory',
    courses: true,
  },
  // ASA: the list's "acetylsalicylic acid (aspirin)", not its American Society of Anesthesiologists class ("ASA II", "ASA class").
  {
    said: /\b(?:[Aa]spirin|[Aa]cetylsalicylic acid|ASA(?![- ]?(?:class|physical|[IV]+\b|[1-6]\b)))\b/g,
    atc: 'B01AC06; B01AC platelet aggregation inhibitors (abbr: ASA)',
    words: 'aspirin',
  },
  {
    said: /\b(?:alendron\w+|risedron\w+|ibandron\w+|zoledron\w+|bisphosphonates?)\b/gi,
    atc: 'M05BA04 M05BA07 M05BA06 M05BA08; M05BA bisphosphonates',
    words: 'bisphosphonates',
  },
  {
    said: /\b(?:prednisone|prednisolone|methylprednisolone|dexamethasone|hydrocortisone)\b/gi,
    atc: 'H02AB07 H02AB06 H02AB04 H02AB02 H02AB09; H02 corticosteroids for systemic use',
    words: 'systemic steroids',
    courses: true,
  },
  {
    said: /\b(?:semaglutide|liraglutide|dulaglutide|exenatide|tirzepatide)\b/gi,
    atc: 'A10BJ06 A10BJ02 A10BJ05 A10BJ01 A10BX16; A10B blood glucose lowering drugs, excl. insulins (A10BJ GLP-1 analogues, injected)',
    words: 'injectable non-insulin antidiabetic',
    oral: 'oral antidiabetic',
    diabetes: true,
  },
  {
    said: /\b(?:metformin|glipizide|glyburide|glibenclamide|glimepiride|sitagliptin|linagliptin|saxagliptin|pioglitazone|empagliflozin|dapagliflozin|canagliflozin)\b/gi,
    atc: 'A10BA02 A10BB07 A10BB01 A10BB12 A10BH01 A10BH05 A10BH03 A10BG03 A10BK03 A10BK01 A10BK02; A10B blood glucose lowering drugs, excl. insulins (oral)',
    words: 'oral hypoglycemic',
    diabetes: true,
  },
  // Buprenorphine and methadone are left out: as maintenance of opioid dependence they are no Z79 (I.C.21.c.3).
  {
    said: /\b(?:opioids?|opiates?|oxycodone|hydrocodone|morphine|hydromorphone|fentanyl|tramadol|tapentadol|oxymorphone)\b/gi,
    atc: 'N02AA05 N02AA01 N02AA03 N02AB03 N02AX02 N02AX06 N02AA11; N02A opioids',
    words: 'opiate analgesic',
    courses: true,
  },
  {
    said: /\b(?:[Mm]ethotrexate|MTX)\b/g,
    atc: 'L01BA01; L01B antimetabolites (abbr: MTX)',
    words: 'antimetabolite agent',
  },
];
