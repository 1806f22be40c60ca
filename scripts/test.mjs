#!/usr/bin/env node
// The README's test command: typecheck, lint and format check (Biome), build the extension, run the unit project and then the
// end-to-end project (one after the other: on two cores, Chromium and the worker suites would
// otherwise starve each other), then print the closing line CI reads: "N passed, N failed".
// The typecheck, the lint and each build count as one test each, so a type error, a lint finding or a broken build can
// never hide behind green tests; a test file that fails to load counts as a failure too.
// The store checks (addons-linter on the Firefox build, package limits) are the e2e test
// test/e2e/store-package.test.ts, so they count like any other test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
let passed = 0;
let failed = 0;
const step = (name, ok) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
  ok ? passed++ : failed++;
};

step('typecheck (tsc --noEmit)', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
step('lint and format (biome ci: recommended rules, kebab-case file names, formatting)', run('npx', ['biome', 'ci', '.']));
step('Firefox MV3 build (wxt build -b firefox)', run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']));
step('Chrome MV3 build (wxt build)', run('npx', ['wxt', 'build']));

mkdirSync('.test-results', { recursive: true });
for (const project of ['unit', 'e2e']) {
  const report = `.test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + brokenFiles(result);
  } catch {
    step(`vitest ${project} produced a report`, false);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Files that failed without a failing test (a crash in a hook or on import). */
function brokenFiles(result) {
  return result.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
}
