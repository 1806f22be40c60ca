import { browser } from 'wxt/browser';
import { parseManaged, type ManagedRead } from './managed-schema.ts';

/**
 * The administrator's policy values. Chrome answers storage.managed only once its policy service
 * has loaded, seconds after the browser starts, so the last answer is mirrored in storage.local
 * and read from there: a page opened right after start is not held up. The policy itself is read
 * again once per background life (and on every change) and the mirror updated; only the first run
 * after install, with no mirror yet, waits for it.
 */
const mirrorKey = 'managedMirror';
let fresh: Promise<ManagedRead> | undefined;

export async function readManaged(): Promise<ManagedRead> {
  const mirror = (await browser.storage.local.get(mirrorKey))[mirrorKey] as ManagedRead | undefined;
  fresh ??= readPolicy();
  return mirror ?? fresh;
}

/**
 * Reads the policy itself. Without a policy Chrome answers {} and Firefox rejects ("Managed
 * storage manifest not found"): both mean "nothing managed", never an error for the user.
 */
async function readPolicy(): Promise<ManagedRead> {
  let raw: Record<string, unknown>;
  try {
    raw = (await browser.storage.managed.get()) ?? {};
  } catch {
    raw = {};
  }
  const read = parseManaged(raw);
  const prior = (await browser.storage.local.get(mirrorKey))[mirrorKey];
  if (JSON.stringify(prior) !== JSON.stringify(read)) await browser.storage.local.set({ [mirrorKey]: read });
  return read;
}

/** Calls back once the policy has been read at start, and whenever it changes while the browser runs. */
export function onManagedChange(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      fresh = readPolicy();
    } else if (area === 'local' && mirrorKey in changes) {
      callback();
    }
  });
}
