import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A corpus in CodiEsp's published layout (scripts/eval/codiesp.ts), written to a fresh temporary
 * folder: `<split>/<split>D.tsv` and `<split>/text_files_en/<id>.txt`. `gold` is the tsv's text as
 * given, so a test can also write a malformed one.
 */
export function writeCodiespCorpus(splits: Record<string, { texts: Record<string, string>; gold: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'codiesp-'));
  for (const [name, { texts, gold }] of Object.entries(splits)) {
    mkdirSync(join(root, name, 'text_files_en'), { recursive: true });
    writeFileSync(join(root, name, `${name}D.tsv`), gold);
    for (const [id, text] of Object.entries(texts)) writeFileSync(join(root, name, 'text_files_en', `${id}.txt`), text);
  }
  return root;
}
