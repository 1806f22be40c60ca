/**
 * Ids the browser gives notes, denial records and decisions before the worker sees them (pushes
 * are idempotent on them). They are UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74
 * random bits. Every store keeps a unique index on (team, id); with time-ordered ids a new row
 * lands at the right edge of that index, so a commit rewrites one index page instead of one
 * random page per row (half of a push's storage cost on SQLite, measured in the worker bench).
 * The worker accepts any UUID: ids from other clients still work, only their inserts cost more.
 */
export function newClientId(now = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  // Math.floor keeps the high bytes exact: the timestamp is above 2^32, where bit operators truncate.
  for (let i = 0; i < 6; i++) b[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff;
  b[6] = (b[6]! & 0x0f) | 0x70; // version 7
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 9562 variant
  let hex = '';
  for (const x of b) hex += x.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
