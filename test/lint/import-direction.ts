import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The one direction of imports (DESIGN "Layout"): shared imports nothing of cli, extension or
 * worker; extension and worker never import each other; background-owned code (messaging,
 * services) never reaches up into the UI; production code never imports tests or their kits.
 */
export interface LayerRule {
  /** Folder (relative to the root, '/'-separated) whose production files the rule governs. */
  from: string;
  /** Folders those files must not import from. */
  never: string[];
}

export const layerRules: LayerRule[] = [
  { from: 'shared', never: ['cli', 'extension', 'worker', 'scripts', 'test'] },
  { from: 'extension', never: ['cli', 'worker', 'scripts', 'test'] },
  { from: 'worker', never: ['cli', 'extension', 'scripts', 'test'] },
  { from: 'cli', never: ['extension', 'scripts', 'test'] },
  { from: 'extension/messaging', never: ['extension/ui'] },
  { from: 'extension/services', never: ['extension/ui'] },
];

/** Test files and test kits may import anything: the rules govern what ships and runs. */
const isTestFile = (rel: string) => /\.test\.tsx?$/.test(rel) || /(^|\/)test-(kit|support)\b/.test(rel) || /\.test-kit\.tsx?$/.test(rel);

export interface Violation {
  file: string;
  imports: string;
  rule: LayerRule;
}

const importRe = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every relative import of every production .ts/.tsx file under `root` that breaks a rule. */
export function importViolations(root: string, rules: LayerRule[] = layerRules): Violation[] {
  const out: Violation[] = [];
  for (const file of sourceFiles(root)) {
    const rel = toPosix(relative(root, file));
    if (isTestFile(rel)) continue;
    const governing = rules.filter((r) => rel.startsWith(`${r.from}/`));
    if (!governing.length) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (!spec?.startsWith('.')) continue;
      const target = toPosix(relative(root, resolve(dirname(file), spec)));
      for (const rule of governing) {
        if (rule.never.some((f) => target === f || target.startsWith(`${f}/`))) out.push({ file: rel, imports: target, rule });
      }
    }
  }
  return out;
}

const skipped = new Set(['node_modules', '.output', '.wxt', 'generated', 'data', 'coverage', '.git', '.test-results']);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (skipped.has(name) || name.startsWith('.scratch')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

const toPosix = (p: string) => p.split(sep).join('/');
