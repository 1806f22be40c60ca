import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCodiespCorpus } from '../../test/support/codiesp-corpus.ts';

// The runner as `npm run eval:external` starts it, on corpora written here in CodiEsp's layout.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'external.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CHARTSIDE_CODIESP: '' },
  });

describe('npm run eval:external', () => {
  it('prints strict and three-character scores of the engine beside the naive matcher', () => {
    const dir = writeCodiespCorpus({
      test: {
        texts: { a: 'Assessment: Essential (primary) hypertension.', b: 'Assessment: Type 2 diabetes mellitus without complications.' },
        gold: 'a\ti10\nb\te11.9\n',
      },
    });
    const out = run(dir);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('codiesp: 2 documents in 1 split(s)');
    expect(out.stdout).toContain('setting inpatient-progress');
    // Both statements say their code's whole title: the engine is right on both, at both levels, and
    // the naive matcher finds both (its precision depends on which other titles' words they hold).
    expect(out.stdout).toMatch(/^test\s+2\s+engine(\s+1\.000){6}\s+1\.0$/m);
    expect(out.stdout).toMatch(/^\s+2\s+naive matcher\s+\d\.\d{3}\s+1\.000\s+\d\.\d{3}\s+\d\.\d{3}\s+1\.000/m);
  });

  it.each([
    [['/nonexistent/codiesp'], /eval:external: \/nonexistent\/codiesp is not a folder\..*Usage/],
    [['--setting', 'ward'], /--setting must be one of office, .*inpatient-progress/],
  ])('refuses %j with a one-line message and exit 2', (args, message) => {
    const out = run(...args);
    expect(out.status).toBe(2);
    expect(out.stderr.trim()).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
