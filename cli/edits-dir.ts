import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EditTableError, EditTablesBuilder } from '../shared/claims/edits/read-edit-tables.ts';
import type { EditTables } from '../shared/claims/edits/edit-tables.ts';
import { InputError } from './input-error.ts';

const chunkSize = 1 << 20;

/**
 * Reads every file of an --edits folder in 1 MB chunks (a million-row PTP file never sits in
 * memory as one string); the readers tell each table by its header row.
 */
export function loadEditDir(dir: string): EditTables {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => statSync(join(dir, n)).isFile())
      .sort();
  } catch {
    throw new InputError(`--edits ${dir}: not a readable folder`);
  }
  const builder = new EditTablesBuilder();
  const buf = Buffer.alloc(chunkSize);
  for (const name of names) {
    const path = join(dir, name);
    const sink = builder.file(path);
    const fd = openSync(path, 'r');
    try {
      // CMS files are Latin-1 / ASCII; latin1 decoding never splits a character across chunks.
      for (let n = readSync(fd, buf, 0, chunkSize, null); n > 0; n = readSync(fd, buf, 0, chunkSize, null)) {
        sink.feed(buf.toString('latin1', 0, n));
      }
      sink.end();
    } catch (err) {
      if (err instanceof EditTableError) throw new InputError(err.message);
      throw err;
    } finally {
      closeSync(fd);
    }
  }
  if (builder.tablesFound === 0) throw new InputError(`--edits ${dir}: no NCCI PTP, MUE or add-on table found (files are told by their header row)`);
  return builder.build();
}
