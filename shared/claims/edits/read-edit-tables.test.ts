import { describe, expect, it } from 'vitest';
import { aocText, mueText, ptpText } from '../lib/edit-fixtures.ts';
import { inForce } from './edit-tables.ts';
import { EditTablesBuilder, readEditTables } from './read-edit-tables.ts';

describe('CMS edit readers', () => {
  const tables = readEditTables([
    { name: 'x/b.txt', text: aocText },
    { name: 'x/a.csv', text: mueText },
    { name: 'x/c', text: ptpText },
  ]);

  it('tells each table by its header, not its name', () => {
    expect(tables.ptp('93000', '93010')).toEqual([
      { column1: '93000', column2: '93010', effective: '1996-01-01', deletion: null, modifierIndicator: '0', source: 'c line 2' },
    ]);
    expect(tables.mue('A0425')).toMatchObject({ value: 250, indicator: '1' });
    expect(tables.addOn('11103').map((r) => r.primary)).toEqual(['11102', '11104']);
  });
  it('skips notice lines above the header and reads quoted CSV', () => {
    expect(tables.mue('69210')).toMatchObject({ value: 1, indicator: '2', source: 'a.csv line 3' });
    expect(tables.mue('J1885')).toMatchObject({ value: 8, indicator: '3' });
  });
  it('keeps deletion dates and applies effective <= date < deletion', () => {
    const [row] = tables.ptp('17110', '11055');
    expect(row!.deletion).toBe('2015-01-01');
    expect(inForce(row!, '2014-12-31')).toBe(true);
    expect(inForce(row!, '2015-01-01')).toBe(false);
    expect(tables.addOn('96366')[0]!.deletion).toBe('2013-12-31');
  });
  it('answers nothing for pairs it does not hold (either order)', () => {
    expect(tables.ptp('93010', '93000')).toEqual([]);
    expect(tables.ptp('00000', '93010')).toEqual([]);
  });
  it('reads the same when a file arrives in odd-sized chunks', () => {
    const b = new EditTablesBuilder();
    const sink = b.file('ptp.txt');
    for (let i = 0; i < ptpText.length; i += 7) sink.feed(ptpText.slice(i, i + 7));
    sink.end();
    const t = b.build();
    expect(t.ptp('20552', '20550')[0]!.modifierIndicator).toBe('9');
    expect(t.ptp('69210', '69209')).toHaveLength(1);
  });
  it('names file and line for a bad row', () => {
    const bad = ptpText.split('\r\n').slice(0, 1).concat('93000\t93010\t\t2026-13\t*\t0\tx').join('\n');
    expect(() => readEditTables([{ name: 'ptp.txt', text: bad }])).toThrow(/ptp\.txt line 2: effective date/);
  });
  it('sorts many rows and finds every pair', () => {
    const b = new EditTablesBuilder();
    const idx = b.ptpStore.fileIndex('big');
    const codes = Array.from({ length: 300 }, (_, i) => String(10000 + i * 7));
    let n = 0;
    for (let i = codes.length - 1; i >= 0; i--) for (let j = 0; j < 40; j++) b.ptpStore.add(idx, ++n, codes[i]!, codes[(i + j + 1) % 300]!, 20200101, 0, 1);
    const t = b.build();
    expect(t.ptp(codes[5]!, codes[6]!)).toHaveLength(1);
    expect(t.ptp(codes[5]!, codes[46]!)).toHaveLength(0);
    expect(t.ptp(codes[299]!, codes[0]!)[0]!.source).toBe('big line 1');
  });
});
