import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
  url: string;
  db: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `chartside serve` exactly as a user would, on a free port and a fresh SQLite file. */
export async function startWorkerProcess({
  db = join(mkdtempSync(join(tmpdir(), 'chartside-')), 'worker.db'),
  port = 0,
}: {
  db?: string;
  port?: number;
} = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'cli/bin.mjs'), 'serve', '--port', String(port), '--db', db], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`worker did not start in 20 s: ${stderr}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`worker exited ${code}: ${stderr}`)));
  });
  return {
    url,
    db,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null) return done(child.exitCode);
        child.once('exit', (code) => done(code));
        child.kill(signal);
      }),
  };
}
