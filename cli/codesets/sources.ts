import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { CodeSetFileError } from '../../shared/codes/errors.ts';

/** One release file found in the source folder: as-is on disk, or inside a release zip. */
export interface SourceFile {
  name: string; // the file's own name, e.g. icd10cm_order_2026.txt
  label: string; // what error messages name: path, or zip!member
  read(): string;
}

/**
 * Files in `dir` (and inside its zips) whose name matches `pattern`. A file on disk wins
 * over the same name inside a zip: the extracted file is what the user dropped in last.
 */
export function findSources(dir: string, pattern: RegExp, encoding: BufferEncoding = 'utf8'): SourceFile[] {
  const found = new Map<string, SourceFile>();
  const names = listFiles(dir);
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    found.set(name, { name, label: path, read: () => readFileSync(path, encoding) });
  }
  for (const zip of names.filter((n) => n.toLowerCase().endsWith('.zip'))) {
    const path = join(dir, zip);
    let members: Record<string, Uint8Array>;
    try {
      members = unzipSync(readFileSync(path), { filter: (f) => pattern.test(basename(f.name)) });
    } catch (e) {
      throw new CodeSetFileError(path, 'zip', `cannot be read (${(e as Error).message}); truncated download?`);
    }
    for (const [member, bytes] of Object.entries(members)) {
      const name = basename(member);
      if (found.has(name)) continue;
      found.set(name, { name, label: `${path}!${member}`, read: () => Buffer.from(bytes).toString(encoding) });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
