import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Limits } from '../../../worker/rate-limit.ts';
import { serveStore, type RunningWorker } from '../../../worker/node-server.ts';
import { openPostgresStore } from '../../../worker/store/postgres.ts';
import { openSqliteStore } from '../../../worker/store/sqlite.ts';
import { openD1Store } from '../../../worker/store/d1.ts';
import { fakeD1 } from './d1-fake.ts';
import type { PgCluster } from './pg-cluster.ts';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests inspect arbitrary JSON
  headers: Headers;
}

/** One JSON request; a string body is sent as is (for malformed-JSON tests). */
export async function call(
  url: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await fetch(`${url}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export type StoreKind = 'sqlite' | 'postgres' | 'd1';

/** Starts the real node server on port 0 over a fresh store of the given kind. */
export async function startTestWorker(
  kind: StoreKind,
  pg: PgCluster | null,
  limits?: Partial<Limits>,
): Promise<RunningWorker & { dbPath: string; cleanup(): Promise<void> }> {
  let dbPath: string;
  let tmp: string | null = null;
  if (kind === 'postgres') {
    if (!pg) throw new Error('postgres needs a cluster');
    dbPath = await pg.createDatabase(`t_${Math.random().toString(36).slice(2, 10)}`);
  } else {
    tmp = mkdtempSync(join(tmpdir(), 'chartside-sqlite-'));
    dbPath = join(tmp, 'worker.db');
  }
  const d1 = kind === 'd1' ? fakeD1(dbPath) : null;
  const store = kind === 'postgres' ? await openPostgresStore(dbPath) : d1 ? await openD1Store(d1, 50) : openSqliteStore(dbPath);
  const worker = await serveStore(store, { port: 0, limits: limits ?? { member: null, anonymous: null } });
  return {
    ...worker,
    dbPath,
    async cleanup() {
      await worker.close();
      d1?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export const claimKeyOf = (n: number) => n.toString(16).padStart(64, '0');
export const sealed = (ct = 'c2VhbGVk') => ({ iv: 'AAAAAAAAAAAAAAAA', ct });

/**
 * POST through node:http, resolving on the response even if the server stops reading an
 * oversized upload early (fetch reports that as a network error instead of the 413).
 */
export function rawPost(url: string, path: string, token: string, payload: string): Promise<number> {
  return import('node:http').then(
    ({ request }) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${url}${path}`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', (err) => setTimeout(() => reject(err), 500));
        req.end(payload);
      }),
  );
}
