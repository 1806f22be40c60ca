import type { ManagedKey, ManagedRead } from './managed-schema.ts';

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/**
 * Which policy values a storage change altered (the policy's mirror in storage.local, see
 * managed-settings.ts): what an open page re-runs when a policy answers late or changes.
 * Type-only imports keep it out of the schema's weight in the content script.
 */
export function managedChanges(changes: StorageChanges, area: string): Set<ManagedKey> {
  const change = area === 'local' ? changes.managedMirror : undefined;
  if (!change) return new Set();
  const before = (change.oldValue as ManagedRead | undefined)?.values ?? {};
  const after = (change.newValue as ManagedRead | undefined)?.values ?? {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as ManagedKey[]);
  return new Set([...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])));
}
