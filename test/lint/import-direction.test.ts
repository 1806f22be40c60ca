import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importViolations } from './import-direction.ts';

const repo = resolve(import.meta.dirname, '../..');

describe('import direction', () => {
  it('holds in this repository', () => {
    const found = importViolations(repo).map((v) => `${v.file} imports ${v.imports} (${v.rule.from} never imports ${v.rule.never.join(', ')})`);
    expect(found).toEqual([]);
  });

  const tree = mkdtempSync(join(tmpdir(), 'import-direction-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };

  it.each([
    ['shared/x.ts', "import { load } from '../cli/load.ts';", 'cli/load.ts'],
    ['shared/deep/y.ts', "export { a } from '../../worker/app.ts';", 'worker/app.ts'],
    ['extension/services/z.ts', "import type { S } from '../ui/state.ts';", 'extension/ui/state.ts'],
    ['worker/w.ts', "const m = await import('../extension/x.ts');", 'extension/x.ts'],
    ['extension/adapters/a.ts', "import { kit } from '../../test/support/kit.ts';", 'test/support/kit.ts'],
  ])('fails on a deliberate violation: %s', (file, source, target) => {
    write(file, `${source}\n`);
    expect(importViolations(tree).map((v) => [v.file, v.imports])).toContainEqual([file, target]);
  });

  it('lets tests, test kits and allowed directions through', () => {
    const clean = mkdtempSync(join(tmpdir(), 'import-direction-ok-'));
    try {
      const put = (path: string, text: string) => {
        mkdirSync(dirname(join(clean, path)), { recursive: true });
        writeFileSync(join(clean, path), text);
      };
      put('extension/services/s.ts', "import { x } from '../../shared/x.ts';\nimport pkg from 'zod';\n");
      put('shared/x.test.ts', "import { w } from '../worker/app.ts';\n");
      put('cli/serve.ts', "import { createApp } from '../worker/app.ts';\n");
      expect(importViolations(clean)).toEqual([]);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});
