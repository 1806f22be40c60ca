import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../../cli/bin.mjs');

export interface Spawned {
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** `chartside serve --port 0 --db F` as its own process; resolves once it prints its URL. */
export function spawnServe(db: string, env: Record<string, string> = {}): Promise<Spawned> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], {
    env: { ...process.env, CHARTSIDE_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return new Promise((res, rej) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => (child.kill('SIGKILL'), rej(new Error(`serve did not start: ${err}`))), 30_000);
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) clearTimeout(timer), res({ url: m[1]!, child, exited });
    });
    void exited.then((code) => (clearTimeout(timer), rej(new Error(`serve exited ${code}: ${err.trim()}`))));
  });
}
