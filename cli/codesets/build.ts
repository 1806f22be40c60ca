import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeSetFileError } from '../../shared/codes/errors.ts';
import { compileIcdYear } from '../../shared/codes/compile-icd.ts';
import { MANIFEST_FORMAT, type CodeSetManifest, type CompiledIcdYear, type CompiledIndex, type CompiledTabular } from '../../shared/codes/model.ts';
import { packIndexTree } from '../../shared/codes/index-tree.ts';
import { packIcdYears } from '../../shared/codes/pack-icd.ts';
import { mergeIndexes, readIndexXml } from '../../shared/codes/readers/alpha-index.ts';
import { readHcpcsFile } from '../../shared/codes/readers/hcpcs.ts';
import { readIcdOrderFile } from '../../shared/codes/readers/icd-order.ts';
import { readMceJson } from '../../shared/codes/readers/mce.ts';
import { readTabularXml } from '../../shared/codes/readers/tabular.ts';
import { buildAbbreviations } from './abbreviations.ts';
import { buildMatcherPacks } from './build-matchers.ts';
import { findLexiconDir, generatedDir } from './paths.ts';
import { findSources } from './sources.ts';

export type Progress = (message: string) => void;

/**
 * Compiles every code-set release found under `sourceDir` into `outDir`. Everything is written
 * to a scratch folder first and the manifest last, then swapped in, so a failed or interrupted
 * build never leaves a partial index that looks complete.
 */
export function buildCodeSets(sourceDir: string, progress: Progress, outDir = generatedDir): CodeSetManifest {
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const write = (file: string, data: unknown): void => writeFileSync(join(tmp, file), JSON.stringify(data));
  const manifest: CodeSetManifest = { format: MANIFEST_FORMAT, builtAt: new Date().toISOString(), icd10cm: [], hcpcs: [] };
  try {
    const icdDir = join(sourceDir, 'icd10cm');
    const years: CompiledIcdYear[] = [];
    for (const src of findSources(icdDir, /^icd10cm_order_\d{4}\.txt$/, 'latin1')) {
      const year = `FY${src.name.match(/(\d{4})/)![1]}`;
      progress(`ICD-10-CM ${year}: reading ${src.label}`);
      const entries = readIcdOrderFile(src.read(), src.label);
      years.push(compileIcdYear(year, entries, src.name));
      const billable = entries.filter((e) => e.billable).length;
      manifest.icd10cm.push({ year, file: 'icd10cm.json', entries: entries.length, billable });
      progress(`ICD-10-CM ${year}: ${entries.length} entries, ${billable} billable`);
    }
    if (years.length === 0) {
      throw new CodeSetFileError(icdDir, 'folder', 'no icd10cm_order_YYYY.txt (nor a CMS zip holding one): nothing to build');
    }
    // Every year in one file: they share nearly all codes and titles.
    if (years.length) write('icd10cm.json', packIcdYears(years));
    const tabularFile = findSources(icdDir, /^icd10cm_tabular_\d{4}\.xml$/).pop();
    let tabular: CompiledTabular | undefined;
    if (tabularFile) {
      progress(`tabular notes: reading ${tabularFile.label}`);
      const t = (tabular = readTabularXml(tabularFile.read(), tabularFile.label));
      write('icd10cm-tabular.json', t);
      manifest.tabular = { version: t.version, file: 'icd10cm-tabular.json', codes: Object.keys(t.notes).length };
      progress(`tabular notes: FY${t.version}, notes at ${manifest.tabular.codes} nodes`);
    }
    // The main index (newest year found) plus the external cause index and the neoplasm and
    // drug tables, whichever are present, merged into one tree.
    const indexFiles = [
      findSources(icdDir, /^icd10cm_index_\d{4}\.xml$/).pop(),
      ...['eindex', 'neoplasm', 'drug'].map((kind) => findSources(icdDir, new RegExp(`^icd-?10-?cm[-_]${kind}[-_]\\d{4}\\.xml$`, 'i')).pop()),
    ].filter((f) => f !== undefined);
    let index: CompiledIndex | undefined;
    if (indexFiles.length) {
      const parts = indexFiles.map((f) => {
        progress(`index: reading ${f.label}`);
        return readIndexXml(f.read(), f.label);
      });
      const ix = (index = mergeIndexes(parts));
      writeFileSync(join(tmp, 'icd10cm-index.bin'), packIndexTree(ix));
      manifest.index = { version: ix.version, file: 'icd10cm-index.bin', terms: ix.titles.length };
      progress(`index: ${ix.titles.length} terms, ${ix.refs.length / 2} code references (${ix.version})`);
    }
    for (const src of findSources(join(sourceDir, 'hcpcs'), /^HCPC\d{4}_[A-Z]{3}_.*\.txt$/i, 'latin1')) {
      progress(`HCPCS: reading ${src.label}`);
      const h = readHcpcsFile(src.read(), src.label);
      const file = `hcpcs-${h.year}.json`;
      write(file, h);
      manifest.hcpcs.push({ year: h.year, file, codes: h.codes.length, modifiers: h.modifiers.length, effectiveFrom: h.effectiveFrom });
      progress(`HCPCS ${h.year}: ${h.codes.length} codes, ${h.modifiers.length} modifiers`);
    }
    const mce = findSources(join(sourceDir, 'mce'), /^mce.*\.json$/i).pop();
    if (mce) {
      progress(`MCE: reading ${mce.label}`);
      const m = readMceJson(mce.read(), mce.label);
      write('mce.json', m);
      manifest.mce = { version: m.version, file: 'mce.json' };
    }
    const abbr = buildAbbreviations(findLexiconDir(sourceDir), years.at(-1)?.entries.map((e) => e[2]) ?? []);
    if (abbr) {
      write('abbreviations.json', abbr.map);
      manifest.abbreviations = {
        file: 'abbreviations.json',
        entries: Object.keys(abbr.map.expand).length + Object.keys(abbr.map.inContext).length,
        source: abbr.source,
      };
      progress(
        `abbreviations: ${Object.keys(abbr.map.expand).length} expanded, ${Object.keys(abbr.map.inContext).length} read in context, from ${abbr.source}`,
      );
    } else progress('abbreviations: no ../shared/lexicon/medical-abbreviations (set CHARTSIDE_LEXICON): hand-written entries only');
    progress('coding engine: building the matcher of each year');
    manifest.matchers = buildMatcherPacks(years, index, tabular).map(({ year, file, bytes }) => {
      writeFileSync(join(tmp, file), bytes);
      return { year, file };
    });
    writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1));
    rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return manifest;
}
