/**
 * Which CMS table a header row starts (CONTRACTS §4: files are told by header, not name), and
 * where its columns are. Column positions come from the header cells so a release that adds
 * or moves a column still reads.
 */
export type TableKind = 'ptp' | 'mue' | 'aoc';

export interface Columns {
  kind: TableKind;
  delimiter: '\t' | ',';
  col: Record<string, number>;
}

const clean = (c: string) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase();

export function detectHeader(line: string, cells: (line: string, delimiter: '\t' | ',') => string[]): Columns | null {
  const delimiter = line.includes('\t') ? '\t' : ',';
  const h = cells(line, delimiter).map(clean);
  const find = (test: (c: string) => boolean) => h.findIndex(test);
  if (h[0] === 'column 1' && h[1] === 'column 2') {
    return {
      kind: 'ptp',
      delimiter,
      col: {
        c1: 0,
        c2: 1,
        effective: find((c) => c.startsWith('effective')),
        deletion: find((c) => c.startsWith('deletion')),
        modifier: find((c) => c.startsWith('modifier')),
      },
    };
  }
  if (h[0]?.startsWith('hcpcs/cpt code') && h.some((c) => c.includes('mue value'))) {
    return {
      kind: 'mue',
      delimiter,
      col: { code: 0, value: find((c) => c.includes('mue value')), indicator: find((c) => c.includes('indicator')) },
    };
  }
  if (h[0] === 'add-on code' && h.some((c) => c.startsWith('primary code'))) {
    return {
      kind: 'aoc',
      delimiter,
      col: {
        addOn: 0,
        type: find((c) => c.includes('type')),
        primary: find((c) => c.startsWith('primary code')),
        effective: find((c) => c.includes('effective')),
        deletion: find((c) => c.includes('deletion')),
      },
    };
  }
  return null;
}
