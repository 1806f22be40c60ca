import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidelineRules } from './index.ts';
import type { GuidelineMeta } from './rule.ts';

// Every guideline module is registered and has its table test beside it (DESIGN: one rule per file).
// Like the claim rules, every module exports one `meta` (GuidelineMeta); a module that registers two
// rules (diabetes.ts: diabetesDefaultType and diabetesCombination) exports one meta covering both.
const dir = import.meta.dirname;
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'rule.ts'].includes(f));

async function metaOf(f: string): Promise<GuidelineMeta | undefined> {
  return ((await import(`./${f}`)) as { meta?: GuidelineMeta }).meta;
}

describe('guideline registry', () => {
  it.each(modules)('%s has a test file', (f) => {
    expect(readdirSync(dir)).toContain(f.replace(/\.ts$/, '.test.ts'));
  });

  it.each(modules)('%s exports a registered rule', async (f) => {
    const mod = (await import(`./${f}`)) as Record<string, unknown>;
    const rules = Object.values(mod).filter((v) => typeof v === 'function' && guidelineRules.includes(v as never));
    expect(rules.length).toBeGreaterThan(0);
  });

  it.each(modules)('%s exports a meta whose id is its file name, with a section and what it decides', async (f) => {
    const meta = await metaOf(f);
    expect(meta, `${f} exports no meta`).toBeTypeOf('object');
    expect(meta?.id).toBe(f.replace(/\.ts$/, ''));
    expect(meta?.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(meta?.section.trim()).not.toBe('');
    expect(meta?.decides.trim()).not.toBe('');
  });

  it('meta ids are unique', async () => {
    const ids = await Promise.all(modules.map(async (f) => (await metaOf(f))?.id));
    expect(new Set(ids).size).toBe(modules.length);
  });
});
