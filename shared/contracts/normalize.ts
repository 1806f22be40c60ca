/**
 * Input hygiene for claims (CONTRACTS §3.1 / issue 5): values are normalized, never silently
 * dropped. A value that cannot be normalized is passed through unchanged so the zod schema
 * rejects it with the field's name.
 */

/** YYYY-MM-DD from ISO, ISO date-time, YYYYMMDD or MM/DD/YYYY (M/D/YYYY); '' stays '' (required-field). */
export function normDate(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (s === '') return s;
  let y: string | undefined, m: string | undefined, d: string | undefined;
  let hit = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (hit) [, y, m, d] = hit;
  else if ((hit = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) [, y, m, d] = hit;
  else if ((hit = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(s))) [, m, d, y] = hit;
  if (!y || !m || !d) return v;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  // Reject 2026-02-30 and friends: the round trip must give the same date back.
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : v;
}

/** A real YYYY-MM-DD date (not 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s;
}

/** ICD-10-CM with its dot (E559 -> E55.9); anything that is not ICD-10-shaped is only trimmed/uppercased. */
export function normDx(v: unknown): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  const s = v.replace(/\s+/g, '').toUpperCase();
  if (/^[A-Z][0-9][0-9A-Z]\.?[0-9A-Z]{1,4}$/.test(s)) {
    const bare = s.replace('.', '');
    return `${bare.slice(0, 3)}.${bare.slice(3)}`;
  }
  return s;
}

/** CPT/HCPCS: no spaces, upper case. */
export function normProc(v: unknown): unknown {
  return typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v;
}

/** Modifiers as an array of upper-case strings; "25,59" or "25 59" split; numbers become text. */
export function normModifiers(v: unknown): unknown {
  if (v === null || v === undefined) return [];
  const list = typeof v === 'string' ? v.split(/[\s,;]+/) : Array.isArray(v) ? v : [v];
  return list.map((m) => (typeof m === 'number' ? String(m).padStart(2, '0') : typeof m === 'string' ? m.trim().toUpperCase() : m)).filter((m) => m !== '');
}

/** Pointers 1-based; CMS-1500 letters A-L map to 1-12; "1,2" splits. */
export function normPointers(v: unknown): unknown {
  if (v === null || v === undefined) return [];
  const list = typeof v === 'string' ? v.split(/[\s,;]+/).filter(Boolean) : Array.isArray(v) ? v : [v];
  return list.map((p) => {
    if (typeof p !== 'string') return p;
    const s = p.trim().toUpperCase();
    if (/^\d+$/.test(s)) return Number(s);
    if (/^[A-L]$/.test(s)) return s.charCodeAt(0) - 64;
    return p;
  });
}

/** Numbers given as text ("2", "$180.00", "1,520.00") become numbers. */
export function normNumber(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().replace(/^\$/, '').replace(/,/g, '');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
}

/** Place of service: two digits ("3" or 3 -> "03"). */
export function normPos(v: unknown): unknown {
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string') return s;
  const t = s.trim();
  return /^\d$/.test(t) ? `0${t}` : t;
}

export function normSex(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().toUpperCase();
  return ({ FEMALE: 'F', MALE: 'M', UNKNOWN: 'U' } as Record<string, string>)[s] ?? s;
}

export function normKind(v: unknown): unknown {
  return typeof v === 'string'
    ? v
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-')
    : v;
}

/** Portal wording for eligibility status ("Active Coverage", "Terminated") to active/inactive. */
export function normStatus(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (/^active\b/.test(s)) return 'active';
  if (/inactive|not active|terminat|termed|cancel|expired|ended/.test(s)) return 'inactive';
  return s;
}

/** null or missing becomes the empty value, so required-field reports what is missing. */
export const orEmpty = (empty: object) => (v: unknown) => (v === null || v === undefined ? (Array.isArray(empty) ? [] : {}) : v);
