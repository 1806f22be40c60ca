import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { claimKey, deriveTeamKeys, sealText } from '../shared/sync/crypto.ts';
import { pushNotes } from '../shared/sync/push-notes.ts';
import { workerClient } from '../shared/sync/worker-client.ts';
import { call } from '../test/support/worker/http.ts';
import { storeKinds, usePgCluster, useWorker } from '../test/support/worker/stores.ts';

const cluster = usePgCluster();
const SECRET_NOTE = 'Ana Ruiz DOB 1950-03-02: E11.22 needs the CKD stage, please recode';
const SECRET_NAME = 'Ruiz, Ana (MRN 448812)';

/** Every file under a directory, as one buffer per file (the database as it sits on disk). */
function filesUnder(path: string): Buffer[] {
  const st = statSync(path);
  if (st.isFile()) return [readFileSync(path)];
  if (!st.isDirectory()) return []; // sockets, lock files
  return readdirSync(path).flatMap((f) => filesUnder(join(path, f)));
}

describe.each(storeKinds)('no plaintext at rest on %s', (kind) => {
  const w = useWorker(kind, cluster);

  it('stores only ciphertext of note bodies and sealed thread fields', async () => {
    const lead = (await call(w.current.url, 'POST', '/teams', { body: { name: 'Private' } })).body;
    const keys = await deriveTeamKeys('team secret that never leaves the browser');
    const key = await claimKey(keys, { memberId: '1EG4TE5MK73', dateOfService: '2026-11-03' });
    const client = workerClient(w.current.url, lead.token);
    await pushNotes(client, [{ id: crypto.randomUUID(), claimKey: key, body: await sealText(keys, SECRET_NOTE) }]);
    const patched = await client.threads[':claimKey'].$patch({
      param: { claimKey: key },
      json: { baseVersion: 0, status: 'waiting-on-coder', sealed: await sealText(keys, SECRET_NAME) },
    });
    expect(patched.status).toBe(200);

    let dump: string;
    if (kind !== 'postgres') {
      dump = Buffer.concat(filesUnder(w.current.dbPath).concat(filesUnder(`${w.current.dbPath}-wal`))).toString('latin1');
    } else {
      const c = new pg.Client({ connectionString: w.current.dbPath });
      await c.connect();
      const rows = [];
      for (const t of ['teams', 'members', 'notes', 'threads', 'invites']) rows.push(...(await c.query(`SELECT ${t}::text AS r FROM ${t}`)).rows);
      await c.query('CHECKPOINT');
      await c.end();
      dump = rows.map((r) => r.r).join('\n') + Buffer.concat(filesUnder((await cluster()).dir)).toString('latin1');
    }
    expect(dump).toContain(key); // the routing metadata is there, so we are reading the right bytes
    for (const secret of ['Ana Ruiz', 'Ruiz, Ana', '1EG4TE5MK73', 'CKD stage', '448812']) expect(dump).not.toContain(secret);
  });
});
