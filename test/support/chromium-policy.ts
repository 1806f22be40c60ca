import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extensionDir } from './extension-browser.ts';

/** Where Debian's Chromium reads machine policies (Linux has no per-profile policy). */
export const policyDir = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, 32 hex digits spelt a–p. */
export function unpackedExtensionId(dir = extensionDir): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Whether this machine lets the tests write a policy file (root, or a writable /etc/chromium). */
export function canWritePolicy(): boolean {
  for (let dir = policyDir; dir !== '/'; dir = dirname(dir)) {
    try {
      accessSync(dir, constants.W_OK);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return false;
}

/**
 * Writes a real Chrome policy giving the built extension these managed-storage values
 * (`3rdparty.extensions.<id>`, the same JSON docs/deploy.md gives administrators). The file names
 * this checkout's extension id only, so other checkouts' browsers are unaffected. Returns its remover.
 */
export function writeExtensionPolicy(values: Record<string, unknown>): () => void {
  const id = unpackedExtensionId();
  mkdirSync(policyDir, { recursive: true });
  const file = join(policyDir, `chartside-e2e-${id}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }, null, 1));
  return () => rmSync(file, { force: true });
}
