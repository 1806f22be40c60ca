import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../test/support/worker/http.ts';
import { spawnServe } from '../test/support/worker/spawn.ts';
import { usePgCluster } from '../test/support/worker/stores.ts';

const cluster = usePgCluster();
const BIN = resolve(import.meta.dirname, '../cli/bin.mjs');

describe('chartside serve', () => {
  it('serves from PostgreSQL with --db postgres://…', async () => {
    const url = await (await cluster()).createDatabase('cli');
    const w = await spawnServe(url);
    try {
      expect((await call(w.url, 'GET', '/healthz')).body).toEqual({ ok: true, store: 'postgres' });
      expect((await call(w.url, 'GET', '/openapi.json')).body.openapi).toBe('3.1.0');
      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(0);
    } finally {
      w.child.kill('SIGKILL');
    }
  }, 60_000);

  it('fails in one line when the database cannot be reached or the port is bad', () => {
    const pg = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--db', 'postgres://nobody@127.0.0.1:1/none'], { encoding: 'utf8', timeout: 30_000 });
    expect(pg.status).not.toBe(0);
    expect(pg.stderr.trim().split('\n')).toHaveLength(1);
    expect(pg.stderr).toMatch(/^chartside serve: --db: cannot open postgres:\/\/nobody@127\.0\.0\.1:1\/none: /);
    expect(pg.status).toBe(2);
    const port = spawnSync(process.execPath, [BIN, 'serve', '--port', 'http'], { encoding: 'utf8', timeout: 30_000 });
    expect([port.status, port.stderr.trim()]).toEqual([2, 'chartside serve: --port must be a port number 0-65535, got "http"']);
  }, 60_000);
});
