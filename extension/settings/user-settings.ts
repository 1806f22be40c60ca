import { browser } from 'wxt/browser';

/** What a user may set for themselves (a policy value of the same name wins; see effective-settings.ts). */
export interface UserSettings {
  sync?: boolean;
  codeSetYear?: string;
}

const key = 'userSettings';

export async function readUserSettings(): Promise<UserSettings> {
  const stored = (await browser.storage.local.get(key))[key] as UserSettings | undefined;
  return stored ?? {};
}

export async function writeUserSettings(patch: UserSettings): Promise<UserSettings> {
  const next = { ...(await readUserSettings()), ...patch };
  await browser.storage.local.set({ [key]: next });
  return next;
}
