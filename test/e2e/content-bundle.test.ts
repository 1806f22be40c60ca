import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { extensionDir } from '../support/extension-browser.ts';

// The content script is injected into every EHR page: it must stay small and free of the
// engines and the schema library, which live in the background.
const bundle = readFileSync(join(extensionDir, 'content-scripts', 'content.js'), 'utf8');

test('the content script carries no schema library and no engine', () => {
  expect(bundle).not.toMatch(/ZodError|\$ZodType/);
  expect(bundle).not.toMatch(/icdFiscalYear|checkClaim|triageAdjustment/);
});

test('the content script is within its 60 kB gzip budget', () => {
  expect(gzipSync(bundle).length).toBeLessThanOrEqual(60 * 1024);
});
