import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isGzipped, shippedName } from '../../shared/codes/shipped-files.ts';

export interface ShippedFile {
  /** Name inside the extension's codesets/ folder. */
  name: string;
  path: string;
  bytes: number;
}

/**
 * Writes the extension's copy of the compiled index (see shared/codes/shipped-files.ts) into
 * `outDir` and lists its files. A file is re-packed only when its source is newer, so a rebuild of
 * the extension costs nothing when the index has not changed.
 */
export function shipCodeSets(srcDir: string, outDir: string): ShippedFile[] {
  mkdirSync(outDir, { recursive: true });
  const wanted = new Set<string>();
  const out: ShippedFile[] = [];
  for (const file of readdirSync(srcDir).sort()) {
    const src = join(srcDir, file);
    if (!statSync(src).isFile()) continue;
    const name = shippedName(file);
    const dest = join(outDir, name);
    wanted.add(name);
    if (!existsSync(dest) || statSync(dest).mtimeMs < statSync(src).mtimeMs) {
      const data = readFileSync(src);
      writeFileSync(dest, isGzipped(name) ? gzipSync(data, { level: 9 }) : data);
    }
    out.push({ name, path: dest, bytes: statSync(dest).size });
  }
  // A file the index no longer has must not linger in the next package.
  for (const stale of readdirSync(outDir)) if (!wanted.has(stale)) rmSync(join(outDir, stale), { force: true });
  return out;
}
