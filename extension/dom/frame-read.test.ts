// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ecw } from '../adapters/ecw.ts';
import { epic } from '../adapters/epic.ts';
import { ageSex, frameVisible, money, pointers, spacedText } from './frame-read.ts';
import { openemr } from '../adapters/openemr.ts';
import { uhc } from '../adapters/uhc.ts';
import { availity } from '../adapters/availity.ts';

test("banner age/sex in the products' spellings", () => {
  expect(ageSex('58 Y M')).toEqual({ age: 58, sex: 'M' });
  expect(ageSex('67 y.o. female')).toEqual({ age: 67, sex: 'F' });
  expect(ageSex('F · 76 yo')).toEqual({ age: 76, sex: 'F' });
  expect(ageSex('DOB: 1962-03-21 64 yrs Male')).toEqual({ age: 64, sex: 'M' });
  expect(ageSex('Mrs Smith')).toEqual({});
});

test('pointers from letters, digits, separate cells; junk dropped', () => {
  expect(pointers(['A,B', 'c'])).toEqual([1, 2, 3]);
  expect(pointers(['1', '', undefined, '4'])).toEqual([1, 4]);
  expect(pointers(['?'])).toEqual([]);
});

test('money reads portal and form amounts, NaN when there is none', () => {
  expect(money('$1,015.00')).toBe(1015);
  expect(money('28')).toBe(28);
  expect(money('')).toBeNaN();
  expect(money('n/a')).toBeNaN();
});

test('hidden tab frames and chip text', () => {
  document.body.innerHTML =
    '<div style="display: none"><span id="a"></span></div><div><span id="b"></span></div><p id="c"><span>N290</span><span>MA130</span></p>';
  expect(frameVisible(document.getElementById('a')!)).toBe(false);
  expect(frameVisible(document.getElementById('b')!)).toBe(true);
  expect(spacedText(document.getElementById('c'))).toBe('N290 MA130');
});

test('on a page of none of their products the adapters read nothing and never throw', () => {
  document.body.innerHTML = '<main><h1>Unrelated</h1><table class="data-table"><tr><td>x</td></tr></table></main>';
  for (const adapter of [ecw, openemr, epic, uhc, availity]) {
    expect(adapter.detect(document), adapter.id).toBe(false);
  }
  for (const adapter of [ecw, openemr, epic, uhc]) expect(adapter.read(document), adapter.id).toEqual({});
});
