import Database from 'better-sqlite3';
import type { D1Database, D1PreparedStatement, D1Result } from '../../../worker/store/d1-types.ts';

/**
 * D1's binding API over better-sqlite3 (D1 is SQLite): statements are bound lazily, and `batch`
 * runs them in order in one transaction, rolling all back on any error, as D1 does. This tests
 * the D1 store's SQL and batching in Node; it is not workerd.
 */
export function fakeD1(path: string): D1Database & { close(): void } {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const exec = (sql: string, args: unknown[]): D1Result => {
    const stmt = db.prepare(sql);
    if (stmt.reader) return { results: stmt.all(...args) as Record<string, unknown>[], meta: { changes: 0 } };
    return { results: [], meta: { changes: stmt.run(...args).changes } };
  };
  const statement = (sql: string, args: unknown[] = []): D1PreparedStatement & { exec(): D1Result } => ({
    bind: (...values) => statement(sql, values),
    first: async <T>() => (exec(sql, args).results[0] as T | undefined) ?? null,
    all: async <T>() => exec(sql, args) as unknown as D1Result<T>,
    run: async () => exec(sql, args),
    exec: () => exec(sql, args),
  });
  return {
    prepare: (sql) => statement(sql),
    batch: async (stmts) => db.transaction(() => stmts.map((s) => (s as ReturnType<typeof statement>).exec()))(),
    exec: async (sql) => db.exec(sql),
    close: () => db.close(),
  };
}
