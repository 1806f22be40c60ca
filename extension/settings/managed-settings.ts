import { browser } from 'wxt/browser';
import { parseManaged, type ManagedRead } from './managed-schema.ts';

/**
 * The administrator's policy values. Without a policy Chrome answers {} and Firefox rejects
 * ("Managed storage manifest not found"): both mean "nothing managed", never an error for the user.
 */
export async function readManaged(): Promise<ManagedRead> {
  let raw: Record<string, unknown>;
  try {
    raw = (await browser.storage.managed.get()) ?? {};
  } catch {
    return { values: {}, problems: [] };
  }
  return parseManaged(raw);
}

/** Calls back when the policy changes while the browser runs (Chrome refreshes policies live). */
export function onManagedChange(callback: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') callback();
  });
}
