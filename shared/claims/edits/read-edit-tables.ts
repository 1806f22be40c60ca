import { cmsDate, type AddOnEdit, type EditTables, type MueEdit } from './edit-tables.ts';
import { LineSplitter, splitCsvLine } from '../../csv/csv-line.ts';
import { PtpStore, dateNumber } from './ptp-store.ts';
import { detectHeader, type Columns } from './table-kinds.ts';

export interface EditFile {
  name: string;
  text: string;
}

/** A row or file that cannot be read; the message names the file and line. */
export class EditTableError extends Error {
  override name = 'EditTableError';
}

const codeShape = /^[0-9A-Z]{4}[0-9A-Z]$/;
const cellsOf = (line: string, d: '\t' | ',') => (d === ',' ? splitCsvLine(line) : line.split('\t'));

/** The first `n` tab cells into a reused array: no cell past the last one needed (the rationale) is cut. */
function tabCells(line: string, n: number, out: string[]): string[] {
  let start = 0;
  for (let i = 0; i < n; i++) {
    const tab = line.indexOf('\t', start);
    out[i] = tab < 0 ? line.slice(start) : line.slice(start, tab);
    if (tab < 0) {
      out.length = i + 1;
      return out;
    }
    start = tab + 1;
  }
  out.length = n;
  return out;
}

/**
 * Streams CMS edit files into compact tables. Each file is told by its header row; notice
 * lines (copyright) above the header are skipped; a file with no known header is ignored.
 */
export class EditTablesBuilder {
  readonly ptpStore = new PtpStore();
  private mues = new Map<string, MueEdit>();
  private aocs = new Map<string, AddOnEdit[]>();
  private found: string[] = [];

  /** Returns a sink: feed it chunks of the file's text, then end(). */
  file(name: string): { feed(chunk: string): void; end(): void } {
    let cols: Columns | null = null;
    let width = 0; // cells a row needs: one past the highest column read
    const reuse: string[] = [];
    let lineNo = 0;
    const base = baseName(name);
    const fileIdx = this.ptpStore.fileIndex(base);
    const splitter = new LineSplitter((line) => {
      lineNo++;
      if (!cols) {
        if (lineNo <= 50) cols = detectHeader(line, cellsOf);
        if (cols) {
          this.found.push(`${cols.kind} ${base}`);
          width = Math.max(...Object.values(cols.col)) + 1;
        }
        return;
      }
      if (line.length === 0) return;
      const cells = cols.delimiter === '\t' ? tabCells(line, width, reuse) : splitCsvLine(line);
      const first = (cells[0] ?? '').trim().toUpperCase();
      // Footers and notes below the table are not rows: a row starts with a five-character code.
      if (!codeShape.test(first)) return;
      // No closures per row: tsx/esbuild wraps each one (keepNames), which costs seconds at a million rows.
      if (cols.kind === 'ptp') this.ptpRow(name, fileIdx, lineNo, first, cells, cols);
      else if (cols.kind === 'mue') this.mueRow(name, lineNo, first, cells, cols);
      else this.aocRow(name, lineNo, first, cells, cols);
    });
    return { feed: (c) => splitter.feed(c), end: () => splitter.end() };
  }

  build(): EditTables {
    const { ptpStore, mues, aocs } = this;
    const label = this.found.length ? `edit tables: ${this.found.join(', ')}` : 'no edit tables found';
    return {
      ptp: (c1, c2) => ptpStore.lookup(c1, c2),
      mue: (code) => mues.get(code),
      addOn: (code) => aocs.get(code) ?? [],
      label,
    };
  }

  get tablesFound(): number {
    return this.found.length;
  }

  private ptpRow(name: string, fileIdx: number, lineNo: number, c1: string, cells: string[], cols: Columns): void {
    const eff = dateNumber(cell(cells, cols, 'effective'));
    const del = dateNumber(cell(cells, cols, 'deletion'));
    const ind = cell(cells, cols, 'modifier').charAt(0);
    if (!eff) throw bad(name, lineNo, `effective date "${cell(cells, cols, 'effective')}" is not YYYYMMDD`);
    if (del === undefined) throw bad(name, lineNo, `deletion date "${cell(cells, cols, 'deletion')}" is not YYYYMMDD or *`);
    if (ind !== '0' && ind !== '1' && ind !== '9') throw bad(name, lineNo, `modifier indicator "${cell(cells, cols, 'modifier')}" is not 0, 1 or 9`);
    this.ptpStore.add(fileIdx, lineNo, c1, cell(cells, cols, 'c2').toUpperCase(), eff, del, ind === '0' ? 0 : ind === '1' ? 1 : 9);
  }

  private mueRow(name: string, lineNo: number, code: string, cells: string[], cols: Columns): void {
    const raw = cell(cells, cols, 'value');
    const value = Number(raw);
    const indicator = cell(cells, cols, 'indicator').charAt(0);
    if (raw === '' || !Number.isInteger(value) || value < 0) throw bad(name, lineNo, `MUE value "${raw}" is not a whole number`);
    if (indicator !== '1' && indicator !== '2' && indicator !== '3')
      throw bad(name, lineNo, `MUE indicator "${cell(cells, cols, 'indicator')}" does not start with 1, 2 or 3`);
    this.mues.set(code, { code, value, indicator, source: `${baseName(name)} line ${lineNo}` });
  }

  private aocRow(name: string, lineNo: number, code: string, cells: string[], cols: Columns): void {
    const effective = cmsDate(cell(cells, cols, 'effective'));
    const deletion = cmsDate(cell(cells, cols, 'deletion'));
    if (!effective) throw bad(name, lineNo, `effective date "${cell(cells, cols, 'effective')}" is not YYYYMMDD`);
    if (deletion === undefined) throw bad(name, lineNo, `deletion date "${cell(cells, cols, 'deletion')}" is not YYYYMMDD or *`);
    const list = this.aocs.get(code) ?? [];
    const source = `${baseName(name)} line ${lineNo}`;
    list.push({ addOn: code, type: cell(cells, cols, 'type'), primary: cell(cells, cols, 'primary').toUpperCase(), effective, deletion, source });
    this.aocs.set(code, list);
  }
}

function cell(cells: string[], cols: Columns, key: string): string {
  const i = cols.col[key];
  return i === undefined || i < 0 ? '' : (cells[i] ?? '').trim();
}

function bad(name: string, lineNo: number, what: string): EditTableError {
  return new EditTableError(`${name} line ${lineNo}: ${what}`);
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** Whole-text convenience (tests, the extension): same readers as the streaming CLI path. */
export function readEditTables(files: EditFile[]): EditTables {
  const builder = new EditTablesBuilder();
  for (const f of files) {
    const sink = builder.file(f.name);
    sink.feed(f.text);
    sink.end();
  }
  return builder.build();
}
