import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from './registry.ts';

const dir = join(import.meta.dirname, 'rules');
const ruleFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3));
// CONTRACTS §3.4: every rule id the contract names.
const contractIds = [
  'required-field',
  'npi-invalid',
  'pos-invalid',
  'dx-invalid',
  'dx-not-billable',
  'dx-pointer',
  'dx-age-conflict',
  'dx-sex-conflict',
  'dx-manifestation-first',
  'dx-excludes1',
  'proc-invalid',
  'modifier-invalid',
  'ncci-ptp',
  'mue',
  'add-on-without-primary',
  'modifier-25-missing',
  'laterality-conflict',
  'duplicate-line',
  'timely-filing',
  'coverage-inactive',
  'member-mismatch',
  'prior-auth-missing',
  'medical-necessity',
  'dx-unspecified',
];

describe('rule registry', () => {
  it('has one entry per rule file, named after it', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual([...ruleFiles].sort());
  });
  it('is sorted by id and has no duplicates', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(ruleFiles)('%s has a table test beside it', (id) => {
    expect(existsSync(join(dir, `${id}.test.ts`))).toBe(true);
  });
  it('covers every rule of CONTRACTS §3.4', () => {
    expect(contractIds.filter((id) => !ruleFiles.includes(id))).toEqual([]);
  });
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has complete meta', (_id, rule) => {
    const m = rule.meta;
    expect(m.title && m.description && m.source).toBeTruthy();
    expect(['error', 'warning', 'info']).toContain(m.severity);
    expect(m.carc === null || /^\d+$/.test(m.carc)).toBe(true);
  });
});
