import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readEditTables } from '../shared/claims/edits/read-edit-tables.ts';
import type { EditTables } from '../shared/claims/edits/edit-tables.ts';
import { InputError } from './input-error.ts';

/** Reads every file of an --edits folder; the readers tell each table by its header row. */
export function loadEditDir(dir: string): EditTables {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  } catch {
    throw new InputError(`--edits ${dir}: not a readable folder`);
  }
  const files = names.map((name) => ({ name: join(dir, name), text: readFileSync(join(dir, name), 'latin1') }));
  try {
    return readEditTables(files);
  } catch (err) {
    throw new InputError((err as Error).message);
  }
}
