#!/usr/bin/env node
// The README's test command: typecheck, build the extension, run every vitest project, then
// print the closing line CI reads ("N passed, N failed"). The typecheck and the build count as
// one test each, so a type error or a broken build can never hide behind green unit tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
let passed = 0;
let failed = 0;
const step = (name, ok) => {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${name}`);
  ok ? passed++ : failed++;
};

step('typecheck (tsc --noEmit)', run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
step('extension build (wxt build)', run('npx', ['wxt', 'build']));

mkdirSync('.test-results', { recursive: true });
const report = '.test-results/vitest.json';
rmSync(report, { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numTotalTestSuites > 0 ? countBrokenFiles(result) : 1);
} catch {
  console.log('FAILED: vitest produced no report');
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** A test file that fails to load has no tests, so count it as a failure of its own. */
function countBrokenFiles(result) {
  return result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}
