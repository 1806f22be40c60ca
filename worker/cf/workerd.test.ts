import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

// The Workers specs need the workerd pool, which cannot share the Node unit project; this runs
// them as their own vitest process so the unit suite (and CI) still covers the D1 deployment.
describe('Cloudflare Workers + D1 (workerd)', () => {
  it('passes the workerd specs in worker/cf/*.spec.ts', () => {
    const run = spawnSync(process.execPath, [resolve(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'worker/cf/vitest.config.ts'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    const summary = run.stdout.match(/Tests\s+(\d+) passed(?: \((\d+)\))?/);
    expect(run.status, run.stdout.slice(-2000) + run.stderr.slice(-1000)).toBe(0);
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(3);
  }, 150_000);
});
