import { limbParts } from '../specificity/limb-region.ts';

/**
 * A limb the Index names before its part ("Ulcer, lower limb, calf" L97.20-): the part says the limb, which a note
 * leaves unsaid ("ulcer of left calf"), as the Index itself does elsewhere ("Abscess, leg (any part)").
 */
const limbThenPart = new RegExp(`, ((?:lower|upper) limb), (?=(?:${[...limbParts].join('|')})s?\\b)`, 'i');

/**
 * An Index path as the matcher reads it (and re-reads it from a shipped pack). A food the path names below "due to
 * food" says the class ("Anaphylactic shock, due to food, peanuts" for "due to peanuts"). A morphology's "unspecified
 * site" is a site the note leaves unsaid ("Glioblastoma, unspecified site" C71.9 for "Glioblastoma"); its "specified
 * site" sibling sends a site said to the Neoplasm Table. "Site classification" heads the sites a morphology is classed by
 * ("Lipoma, site classification, trunk (skin) (subcutaneous)" D17.1): a heading, not a word of the note.
 */
export const phraseTerm = (path: string): string =>
  path
    .replace(/, due to food, (?=[^,])/, ', due to (food), ')
    .replace(/, unspecified site$/, ' (unspecified site)')
    .replace(limbThenPart, ', ($1), ')
    .replace(/, site classification, /, ', (site classification), ');
