import type { LabelRule } from './claim-labels.ts';
import { labelKey, shown } from './labelled-values.ts';

/**
 * A table read by its header row: HTML tables and ARIA grids (WAI-ARIA `row` / `columnheader` /
 * `cell`), the header being the `th` row or the first row. Each body row maps column field ->
 * { text, el, header } by the first rule whose patterns match the header text.
 */
export interface Cell {
  text: string;
  el: Element;
  /** The header as the screen shows it, e.g. "Mod 1". */
  header: string;
}
export type Row = Record<string, Cell[]>;
export interface ReadTable {
  table: Element;
  rows: Row[];
  /** The column fields found in the header row. */
  fields: Set<string>;
}

const rowSel = 'tr, [role=row]';
const cellSel = ':scope > th, :scope > td, :scope > [role=cell], :scope > [role=gridcell], :scope > [role=columnheader], :scope > [role=rowheader]';

function rowsOf(table: Element): Element[] {
  return [...table.querySelectorAll(rowSel)].filter((r) => r.closest('table, [role=table], [role=grid]') === table);
}

/** Each header's field, by the first matching rule (rules are ordered most specific first). */
function headerFields(headers: string[], rules: LabelRule[]): (string | undefined)[] {
  return headers.map((h) => rules.find((r) => r.patterns.some((p) => p.test(labelKey(h))))?.field);
}

/**
 * Every table in `root` whose header row names `required` and at least `min` of the columns.
 * Rows that show nothing (blank entry rows) are left out.
 */
export function readTables(root: ParentNode, rules: LabelRule[], required: string, min = 2, withRows = true): ReadTable[] {
  const out: ReadTable[] = [];
  for (const table of root.querySelectorAll('table, [role=table], [role=grid]')) {
    const rows = rowsOf(table);
    const headAt = rows.findIndex((r) => r.querySelector(':scope > th, :scope > [role=columnheader]'));
    const head = rows[Math.max(headAt, 0)];
    if (!head) continue;
    const headers = [...head.querySelectorAll(cellSel)].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    const fields = headerFields(headers, rules);
    const found = new Set(fields.filter((f): f is string => !!f));
    if (!found.has(required) || found.size < min) continue;
    if (!withRows) {
      out.push({ table, fields: found, rows: [] }); // the header is all that was asked
      continue;
    }
    const body = rows.slice(rows.indexOf(head) + 1).map((r) => {
      const row: Row = {};
      [...r.querySelectorAll(cellSel)].forEach((c, i) => {
        const f = fields[i];
        if (f) (row[f] ??= []).push({ text: shown(c), el: c.querySelector('input, select, textarea') ?? c, header: headers[i]! });
      });
      return row;
    });
    out.push({ table, fields: found, rows: body.filter((r) => Object.values(r).some((cells) => cells.some((c) => c.text))) });
  }
  return out;
}

/** The joined text of a row's cells for one field ("Mod 1" + "Mod 2" -> "25 59"). */
export const cellText = (row: Row, field: string): string | undefined =>
  row[field]
    ?.map((c) => c.text)
    .filter(Boolean)
    .join(' ') || undefined;
