import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidelineRules } from './index.ts';

// Every guideline module is registered and has its table test beside it (DESIGN: one rule per file).
const dir = import.meta.dirname;
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'rule.ts'].includes(f));

describe('guideline registry', () => {
  it.each(modules)('%s has a test file', (f) => {
    expect(readdirSync(dir)).toContain(f.replace(/\.ts$/, '.test.ts'));
  });

  it.each(modules)('%s exports a registered rule', async (f) => {
    const mod = (await import(`./${f}`)) as Record<string, unknown>;
    const rules = Object.values(mod).filter((v) => typeof v === 'function' && guidelineRules.includes(v as never));
    expect(rules.length).toBeGreaterThan(0);
  });
});
