/**
 * Reads the CodiEsp corpus (CLEF eHealth 2020, CC BY 4.0) as it is published: each split folder
 * (train, dev, test) holds `<split>D.tsv` ("articleID<TAB>ICD-10 code", one code a line, codes
 * lower-case and dotted: "n44.8") and `text_files_en/<articleID>.txt`, the clinical case translated
 * to English. Every split found under the folder is read; a split is named after its tsv.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export interface CodiespDocument {
  id: string;
  text: string;
  gold: string[];
}

export interface CodiespSplit {
  name: string;
  docs: CodiespDocument[];
}

/** A corpus that cannot be read as CodiEsp; the message names the file (and line) at fault. */
export class CorpusError extends Error {}

const goldFile = /^(\w+?)D\.tsv$/;
const icdCode = /^[A-Za-z]\d[0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?$/;

export function readCodiesp(dir: string): CodiespSplit[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CorpusError(`${dir} is not a folder`);
  const tsvs = findGoldFiles(dir, 3);
  if (tsvs.length === 0) throw new CorpusError(`${dir} holds no <split>D.tsv (CodiEsp's diagnosis gold) within three folders`);
  return tsvs.map((tsv) => readSplit(dir, tsv));
}

function findGoldFiles(dir: string, depth: number): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (depth > 0) out.push(...findGoldFiles(path, depth - 1));
    } else if (goldFile.test(name)) out.push(path);
  }
  return out;
}

function readSplit(root: string, tsv: string): CodiespSplit {
  const where = relative(root, tsv) || basename(tsv);
  const textDir = join(dirname(tsv), 'text_files_en');
  if (!existsSync(textDir)) throw new CorpusError(`${where}: no text_files_en folder beside it (the English texts of the split)`);
  const gold = new Map<string, string[]>();
  readFileSync(tsv, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const [id, code, ...rest] = line.split('\t');
      if (!id || !code || rest.length) throw new CorpusError(`${where}:${i + 1}: expected "articleID<TAB>code", got "${line.slice(0, 60)}"`);
      if (!icdCode.test(code.trim())) throw new CorpusError(`${where}:${i + 1}: "${code}" is not an ICD-10 code`);
      gold.set(id.trim(), [...(gold.get(id.trim()) ?? []), code.trim()]);
    });
  const texts = new Map(
    readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => [f.slice(0, -4), join(textDir, f)]),
  );
  const missing = [...gold.keys()].filter((id) => !texts.has(id));
  if (missing.length) throw new CorpusError(`${where}: ${missing.length} coded document(s) have no text in text_files_en, first ${missing[0]}`);
  return {
    name: goldFile.exec(basename(tsv))![1]!,
    docs: [...texts].map(([id, path]) => ({ id, text: readFileSync(path, 'utf8'), gold: gold.get(id) ?? [] })),
  };
}
