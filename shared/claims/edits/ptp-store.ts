import { cmsDate, type PtpEdit } from './edit-tables.ts';

/**
 * Compact PTP table for ~1 million rows: codes are interned to small integers and each row
 * lives in typed arrays (about 17 bytes a row instead of a few hundred for an object), sorted
 * once by (column 1, column 2) and searched by bisection. Dates are kept as YYYYMMDD numbers.
 */
export class PtpStore {
  private ids = new Map<string, number>();
  private numIds = new Map<number, number>();
  private codes: string[] = [];
  private n = 0;
  private c1 = new Uint32Array(1024);
  private c2 = new Uint32Array(1024);
  private eff = new Uint32Array(1024);
  private del = new Uint32Array(1024); // 0 = no deletion date
  private ind = new Uint8Array(1024);
  private line = new Uint32Array(1024);
  private files: string[] = [];
  private fileOf = new Uint16Array(1024);
  private keys: Float64Array | null = null; // sorted (column 1, column 2) pair key of each position
  private order: Uint32Array | null = null; // row index at each sorted position
  private mult = 65536;

  get size(): number {
    return this.n;
  }

  fileIndex(name: string): number {
    const i = this.files.indexOf(name);
    return i >= 0 ? i : this.files.push(name) - 1;
  }

  add(file: number, lineNo: number, col1: string, col2: string, effective: number, deletion: number, indicator: number): void {
    if (this.n === this.c1.length) this.grow();
    const i = this.n++;
    this.c1[i] = this.id(col1);
    this.c2[i] = this.id(col2);
    this.eff[i] = effective;
    this.del[i] = deletion;
    this.ind[i] = indicator;
    this.line[i] = lineNo;
    this.fileOf[i] = file;
    this.keys = null;
  }

  lookup(col1: string, col2: string): PtpEdit[] {
    const a = this.ids.get(col1.toUpperCase());
    const b = this.ids.get(col2.toUpperCase());
    if (a === undefined || b === undefined || this.n === 0) return [];
    if (!this.keys) this.sort();
    const keys = this.keys!;
    const key = a * this.mult + b;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    const out: PtpEdit[] = [];
    for (let p = lo; p < this.n && keys[p] === key; p++) out.push(this.row(this.order![p]!));
    return out;
  }

  /**
   * Sort once, lazily. Fast path: (pair key * 2^21 + row) fits a double exactly while there are
   * at most 65,536 codes and 2^21 rows, so one native Float64Array sort orders everything.
   */
  private sort(): void {
    const n = this.n;
    const keys = new Float64Array(n);
    const order = new Uint32Array(n);
    if (this.codes.length <= 65536 && n < 2 ** 21) {
      this.mult = 65536;
      for (let i = 0; i < n; i++) keys[i] = (this.c1[i]! * 65536 + this.c2[i]!) * 2 ** 21 + i;
      keys.sort();
      for (let p = 0; p < n; p++) {
        const v = keys[p]!;
        order[p] = v % 2 ** 21;
        keys[p] = Math.floor(v / 2 ** 21);
      }
    } else {
      this.mult = 2 ** 26;
      const pair = (i: number) => this.c1[i]! * 2 ** 26 + this.c2[i]!;
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((x, y) => pair(x) - pair(y) || x - y);
      for (let p = 0; p < n; p++) keys[p] = pair(order[p]!);
    }
    this.keys = keys;
    this.order = order;
  }

  private row(i: number): PtpEdit {
    const d = this.del[i]!;
    return {
      column1: this.codes[this.c1[i]!]!,
      column2: this.codes[this.c2[i]!]!,
      effective: isoOf(this.eff[i]!),
      deletion: d === 0 ? null : isoOf(d),
      modifierIndicator: String(this.ind[i]) as PtpEdit['modifierIndicator'],
      source: `${this.files[this.fileOf[i]!]} line ${this.line[i]}`,
    };
  }

  private id(code: string): number {
    // Five-character codes become a base-36 number: a Map keyed by small integers is several
    // times faster than one keyed by a fresh string per row.
    const key = code36(code);
    let id = key >= 0 ? this.numIds.get(key) : this.ids.get(code);
    if (id === undefined) {
      id = this.codes.push(code) - 1;
      if (key >= 0) this.numIds.set(key, id);
      this.ids.set(code, id);
    }
    return id;
  }

  private grow(): void {
    const size = this.c1.length * 2;
    const g = <T extends Uint32Array | Uint8Array | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.c1 = g(this.c1);
    this.c2 = g(this.c2);
    this.eff = g(this.eff);
    this.del = g(this.del);
    this.ind = g(this.ind);
    this.line = g(this.line);
    this.fileOf = g(this.fileOf);
  }
}

/** A five-character [0-9A-Z] code as a base-36 number, or -1. */
function code36(code: string): number {
  if (code.length !== 5) return -1;
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const c = code.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : -1;
    if (d < 0) return -1;
    n = n * 36 + d;
  }
  return n;
}

/** YYYYMMDD as a number (0 for none) from a CMS date cell; undefined when unreadable. */
export function dateNumber(cell: string): number | undefined {
  // Fast path for the million-row case: eight digits or "*".
  if (cell.length === 8) {
    const n = Number(cell);
    const md = n % 10000;
    if (Number.isInteger(n) && n > 10000000 && md > 100 && md < 1232 && md % 100 > 0 && md % 100 < 32) return n;
  }
  if (cell === '*' || cell === '') return 0;
  const iso = cmsDate(cell);
  if (iso === undefined) return undefined;
  return iso === null ? 0 : Number(iso.replace(/-/g, ''));
}

function isoOf(n: number): string {
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
