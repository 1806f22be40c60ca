import { browser } from 'wxt/browser';
import { parseManaged, type ManagedRead } from './managed-schema.ts';

/**
 * The administrator's policy values. Chrome answers storage.managed only once its policy service
 * has loaded, seconds after the browser starts (and on a new profile the first page is opened in
 * that window), so nothing a page shows waits for it: the last answer is mirrored in storage.local
 * and read from there, and before the first answer after install nothing counts as managed
 * (defaults: loopback pages on, sync as the user set it). The policy is read once per background
 * life and on every change; writing the mirror is what announces a new or changed policy
 * (onManagedChange, and storage.onChanged for pages and the options page), so a value that
 * arrives late still wins and is re-applied where it matters.
 */
const mirrorKey = 'managedMirror';
const nothing: ManagedRead = { values: {}, problems: [] };
let fresh: Promise<ManagedRead> | undefined;

const mirrored = async () => (await browser.storage.local.get(mirrorKey))[mirrorKey] as ManagedRead | undefined;

/** What is known at once: the mirror, or nothing managed until the policy's first answer. */
export async function readManaged(): Promise<ManagedRead> {
  fresh ??= readPolicy();
  return (await mirrored()) ?? nothing;
}

/**
 * The policy as the administrator set it, waiting for Chrome's first answer when there is no
 * mirror yet: for acts a late value could not undo (enrolling, talking to the worker).
 */
export async function settledManaged(): Promise<ManagedRead> {
  fresh ??= readPolicy();
  return (await mirrored()) ?? fresh;
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
  if (JSON.stringify(await mirrored()) !== JSON.stringify(read)) await browser.storage.local.set({ [mirrorKey]: read });
  return read;
}

/** Calls back once the policy's answer changed the mirror (first answer included), and on every later change. */
export function onManagedChange(callback: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      fresh = readPolicy();
    } else if (area === 'local' && mirrorKey in changes) {
      callback();
    }
  });
}
