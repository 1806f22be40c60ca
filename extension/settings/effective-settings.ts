import type { ManagedKey, ManagedSettings } from './managed-schema.ts';
import { readManaged, settledManaged } from './managed-settings.ts';
import { readUserSettings, type UserSettings } from './user-settings.ts';

export interface EffectiveSettings {
  sync: boolean;
  codeSetYear?: string;
  /** Set only by policy. */
  workerUrl?: string;
  sites: string[];
  /** The keys a policy set: shown locked in the options page. */
  locked: ManagedKey[];
  managed: Partial<ManagedSettings>;
  problems: string[];
}

/** The one rule: a policy value wins over the user's own; absent both, sync is on. */
export function mergeSettings(managed: Partial<ManagedSettings>, user: UserSettings, problems: string[] = []): EffectiveSettings {
  const codeSetYear = managed.codeSetYear ?? user.codeSetYear;
  return {
    sync: managed.sync ?? user.sync ?? true,
    ...(codeSetYear && { codeSetYear }),
    ...(managed.workerUrl && { workerUrl: managed.workerUrl }),
    sites: managed.sites ?? [],
    locked: (Object.keys(managed) as ManagedKey[]).sort(),
    managed,
    problems,
  };
}

/**
 * The settings in force. By default what is known at once (a page never waits for Chrome's policy
 * service); `settled` waits for the policy's first answer after install, for acts a late value
 * could not undo (see managed-settings.ts).
 */
export async function effectiveSettings({ settled = false } = {}): Promise<EffectiveSettings> {
  const [{ values, problems }, user] = await Promise.all([settled ? settledManaged() : readManaged(), readUserSettings()]);
  return mergeSettings(values, user, problems);
}
