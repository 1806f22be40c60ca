import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../../messaging/send.ts';
import type { SettingsView } from '../../messaging/protocol.ts';

/** The options page's one view of team, policy and sync settings, reloaded after each change. */
export function useSettings(): { view: SettingsView | null; error: string | null; reload: () => Promise<void>; set: (v: SettingsView) => void } {
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => send('settingsView', {}).then(setView, (e: Error) => setError(e.message)), []);
  useEffect(() => {
    void reload();
    // Enrolment by policy finishes in the background, and a policy may change while the page is open.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (
        area === 'managed' ||
        'team' in changes ||
        'managedEnrollment' in changes ||
        'managedAppliedAt' in changes ||
        'managedMirror' in changes ||
        'userSettings' in changes
      )
        void reload();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [reload]);
  return { view, error, reload, set: setView };
}
