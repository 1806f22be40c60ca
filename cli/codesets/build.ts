import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileIcdYear } from '../../shared/codes/compile-icd.ts';
import type { CodeSetManifest } from '../../shared/codes/model.ts';
import { readIcdOrderFile } from '../../shared/codes/readers/icd-order.ts';
import { generatedDir } from './paths.ts';

export type Progress = (message: string) => void;

/**
 * Compiles every code-set year found under `sourceDir` into `outDir`. Files are written to a
 * temporary name and the manifest last, so an interrupted build never leaves a partial index
 * that looks complete.
 */
export function buildCodeSets(sourceDir: string, progress: Progress, outDir = generatedDir): CodeSetManifest {
  mkdirSync(outDir, { recursive: true });
  const manifest: CodeSetManifest = { format: 1, builtAt: new Date().toISOString(), icd10cm: [], hcpcs: [] };
  const icdDir = join(sourceDir, 'icd10cm');
  const orderFiles = listFiles(icdDir).filter((f) => /^icd10cm_order_\d{4}\.txt$/.test(f)).sort();
  for (const name of orderFiles) {
    const year = `FY${name.match(/(\d{4})/)![1]}`;
    progress(`ICD-10-CM ${year}: reading ${name}`);
    const entries = readIcdOrderFile(readFileSync(join(icdDir, name), 'latin1'), join(icdDir, name));
    const compiled = compileIcdYear(year, entries, name);
    const file = `icd10cm-${year}.json`;
    writeFileSync(join(outDir, file), JSON.stringify(compiled));
    const billable = entries.filter((e) => e.billable).length;
    manifest.icd10cm.push({ year, file, entries: entries.length, billable });
    progress(`ICD-10-CM ${year}: ${entries.length} entries, ${billable} billable`);
  }
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return manifest;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
