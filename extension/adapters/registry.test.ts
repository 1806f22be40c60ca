import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generic } from './generic.ts';
import { siteAdapters } from './registry.ts';
import type { SiteAdapter } from './types.ts';

// Like the rule registries: an adapter file that is not registered, or has no test, fails here.
const dir = import.meta.dirname;
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts'));
const isAdapter = (v: unknown): v is SiteAdapter =>
  typeof v === 'object' &&
  v !== null &&
  'id' in v &&
  'hosts' in v &&
  typeof (v as SiteAdapter).detect === 'function' &&
  typeof (v as SiteAdapter).read === 'function';

describe('site adapter registry', async () => {
  const exported: { file: string; adapter: SiteAdapter }[] = [];
  for (const file of sources) {
    const mod = (await import(`./${file}`)) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (isAdapter(value)) exported.push({ file, adapter: value });
  }

  it('registers every adapter this folder exports (the generic one is the fallback)', () => {
    const unregistered = exported.filter(({ adapter }) => adapter !== generic && !siteAdapters.includes(adapter)).map(({ file }) => file);
    expect(unregistered).toEqual([]);
    expect(exported.length).toBe(siteAdapters.length + 1);
  });

  it('gives each adapter its own id', () => {
    const ids = siteAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(siteAdapters.map((a) => [a.id, a] as const))('%s has a test against its fixture pages', (_id, adapter) => {
    const file = exported.find((e) => e.adapter === adapter)!.file;
    const testing = tests.filter((t) => readFileSync(join(dir, t), 'utf8').includes(`'./${file}'`));
    expect(testing.length, `no test in extension/adapters imports ./${file}`).toBeGreaterThan(0);
    expect(testing.some((t) => /openFixture\(/.test(readFileSync(join(dir, t), 'utf8')))).toBe(true);
  });
});
