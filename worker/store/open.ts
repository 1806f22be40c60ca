import type { Store } from './store.ts';

/** `postgres://…` opens PostgreSQL, anything else is a SQLite file path. Drivers load on demand. */
export async function openStore(db: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(db)) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(db);
  }
  const { openSqliteStore } = await import('./sqlite.ts');
  return openSqliteStore(db);
}
