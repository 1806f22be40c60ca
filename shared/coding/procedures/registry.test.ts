import { describe, expect, it } from 'vitest';
import { brandNames, defaultSalts } from './drug-names.ts';
import { vaccineProducts } from './vaccine-products.ts';

/** Every hand-written HCPCS/vaccine table entry names the public list it comes from. */
describe('procedure table registry', () => {
  const entries = [
    ...brandNames.map((e) => ['brand', e.source]),
    ...defaultSalts.map((e) => ['salt', e.source]),
    ...vaccineProducts.map((e) => [e.label, e.source]),
  ];
  it.each(entries)('%s cites its source', (_n, source) => expect(source).toMatch(/\b(?:FDA label|CDC IIS)\b/));
  it('has one named product per code number and age (a product not named proposes a code to confirm)', () => {
    const codes = vaccineProducts.filter((p) => !p.generic).map((p) => (typeof p.cpt === 'string' ? p.cpt : `${p.cpt(5)}/${p.cpt(40)}`));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
