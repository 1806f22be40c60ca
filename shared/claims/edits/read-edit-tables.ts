import { cmsDate, type AddOnEdit, type EditTables, type MueEdit } from './edit-tables.ts';
import { LineSplitter, splitCsvLine } from './csv-line.ts';
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
const cellsOf = (line: string, d: '\t' | ',') => (d === ',' ? splitCsvLine(line) : line.split('\t').map((c) => c.trim()));

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
    let lineNo = 0;
    const fileIdx = this.ptpStore.fileIndex(name.split(/[\\/]/).pop() ?? name);
    const splitter = new LineSplitter((line) => {
      lineNo++;
      if (!cols) {
        if (lineNo <= 50) cols = detectHeader(line, cellsOf);
        if (cols) this.found.push(`${cols.kind} ${name}`);
        return;
      }
      if (line.trim() !== '') this.row(cols, name, fileIdx, lineNo, line);
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

  private row(cols: Columns, name: string, fileIdx: number, lineNo: number, line: string): void {
    const cells = cellsOf(line, cols.delimiter);
    const cell = (k: string) => (cols.col[k]! >= 0 ? cells[cols.col[k]!] ?? '' : '');
    const first = (cells[0] ?? '').toUpperCase();
    // Footers and notes below the table are not rows: a row starts with a five-character code.
    if (!codeShape.test(first)) return;
    const bad = (what: string) => new EditTableError(`${name} line ${lineNo}: ${what}`);
    const where = `${name.split(/[\\/]/).pop()} line ${lineNo}`;
    if (cols.kind === 'ptp') {
      const eff = dateNumber(cell('effective'));
      const del = dateNumber(cell('deletion'));
      const ind = cell('modifier').charAt(0);
      if (!eff) throw bad(`effective date "${cell('effective')}" is not YYYYMMDD`);
      if (del === undefined) throw bad(`deletion date "${cell('deletion')}" is not YYYYMMDD or *`);
      if (!'019'.includes(ind) || ind === '') throw bad(`modifier indicator "${cell('modifier')}" is not 0, 1 or 9`);
      this.ptpStore.add(fileIdx, lineNo, first, cell('c2').toUpperCase(), eff, del, Number(ind));
    } else if (cols.kind === 'mue') {
      const value = Number(cell('value'));
      const indicator = cell('indicator').charAt(0);
      if (!Number.isInteger(value) || value < 0) throw bad(`MUE value "${cell('value')}" is not a whole number`);
      if (!'123'.includes(indicator) || indicator === '') throw bad(`MUE indicator "${cell('indicator')}" does not start with 1, 2 or 3`);
      this.mues.set(first, { code: first, value, indicator: indicator as MueEdit['indicator'], source: where });
    } else {
      const effective = cmsDate(cell('effective'));
      const deletion = cmsDate(cell('deletion'));
      if (!effective) throw bad(`effective date "${cell('effective')}" is not YYYYMMDD`);
      if (deletion === undefined) throw bad(`deletion date "${cell('deletion')}" is not YYYYMMDD or *`);
      const list = this.aocs.get(first) ?? [];
      list.push({ addOn: first, type: cell('type'), primary: cell('primary').toUpperCase(), effective, deletion, source: where });
      this.aocs.set(first, list);
    }
  }
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
