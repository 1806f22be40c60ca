import { z } from 'zod';

/**
 * C0 and C1 control characters (NUL included) and DEL. No field of the wire protocol carries
 * them: names and payers are single-line text, everything else has a stricter pattern. Refusing
 * them here gives every store the same answer (PostgreSQL cannot hold a NUL in TEXT at all).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Single-line free text, trimmed, min..max characters, no control characters. */
export const plainText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');

/** Years a claim, denial or due date can sensibly fall in; anything outside is a typo. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** True when `s` (YYYY-MM-DD) names a day that exists in the proleptic Gregorian calendar. */
export function isCalendarDay(s: string): boolean {
  const year = Number(s.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** A calendar day as YYYY-MM-DD: 2024-02-30 and 2024-99-99 are refused, not stored. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine(isCalendarDay, `not a calendar day between ${MIN_YEAR} and ${MAX_YEAR}`);

/** A timestamp that starts with a calendar day (ISO 8601: 2026-11-03 or 2026-11-03T14:05:00Z). */
export const IsoStamp = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO 8601 date or date-time')
  .refine((s) => isCalendarDay(s.slice(0, 10)), 'not a calendar day');
