import { describe, expect, it } from 'vitest';
import { chronicCategoryGroups, isChronic } from './chronic.ts';
import type { Cue } from './cue.ts';
import * as data from './data.ts';
import * as family from './family.ts';
import * as problems from './problems.ts';
import * as risk from './risk.ts';

/** Every hand-written E/M table is an exported Cue[]; each entry names the guideline element or list it comes from. */
const tables = Object.entries({ ...problems, ...data, ...risk, ...family }).filter(
  ([, v]) => Array.isArray(v) && v.every((e) => e && typeof e === 'object' && 're' in e),
) as [string, Cue[]][];
const known = /\b(?:AMA CPT|CMS|FDA|USAN|ISMP|medspaCy|AMA CPT maternity)\b/;

describe('E/M table registry', () => {
  it('finds the tables', () => expect(tables.length).toBeGreaterThanOrEqual(18));
  it.each(tables.flatMap(([name, cues]) => cues.map((c, i) => [`${name}[${i}] ${c.label}`, c] as const)))('%s cites its source', (_n, cue) => {
    expect(cue.source).toMatch(known);
    expect(cue.label.length).toBeGreaterThan(3);
  });
  it.each(chronicCategoryGroups.map((g) => [g.categories.join(' '), g.source]))('chronic categories %s cite %s', (_c, source) =>
    expect(source).toMatch(/^CMS Chronic Conditions Data Warehouse: \w/),
  );
  it.each([
    ['E11.9', true],
    ['I10', true],
    ['J30.2', true],
    ['J01.00', false],
    ['N30.00', false],
    ['S93.401A', false],
    // CCW's cancers and leukemias/lymphomas; a benign neoplasm is none.
    ['C50.911', true],
    ['C91.10', true],
    ['D12.5', false],
  ])('isChronic(%s) is %s', (c, want) => expect(isChronic(c)).toBe(want));
  // Outside the CCW groups, the classification's own title says chronic; an acute form, or acute on chronic, is not stable.
  it.each([
    ['I82.512', 'Chronic embolism and thrombosis of left femoral vein', true],
    ['K86.1', 'Other chronic pancreatitis', true],
    ['I82.412', 'Acute embolism and thrombosis of left femoral vein', false],
    ['J96.21', 'Acute and chronic respiratory failure with hypoxia', false],
  ])('isChronic(%s, "%s") is %s', (c, title, want) => expect(isChronic(c, title)).toBe(want));
});
