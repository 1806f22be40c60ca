import type { SettingsView, TeamStatus } from '../messaging/protocol.ts';
import { effectiveSettings } from '../settings/effective-settings.ts';
import { enabledSites, originPattern } from '../settings/site-access.ts';
import { writeUserSettings } from '../settings/user-settings.ts';
import { enrollmentProblem } from './managed-apply.ts';
import { storedTeam } from './team.ts';

export async function teamStatus(): Promise<TeamStatus> {
  const team = await storedTeam();
  if (!team) return { joined: false };
  return { joined: true, workerUrl: team.workerUrl, role: team.role, teamId: team.teamId, ...(team.teamName && { teamName: team.teamName }) };
}

/** Everything the options page shows, policy values marked as locked. */
export async function settingsView(): Promise<SettingsView> {
  const [team, settings, enabled, enrolment] = await Promise.all([teamStatus(), effectiveSettings(), enabledSites(), enrollmentProblem()]);
  const workerUrl = team.workerUrl ?? settings.workerUrl;
  const pendingSites: string[] = [];
  for (const site of settings.sites) {
    try {
      const pattern = originPattern(site);
      if (!enabled.includes(pattern)) pendingSites.push(pattern);
    } catch (err) {
      settings.problems.push(`policy "sites": ${site}: ${(err as Error).message}`);
    }
  }
  const { enrollment, ...managed } = settings.managed;
  return {
    team,
    sync: settings.sync,
    ...(settings.codeSetYear && { codeSetYear: settings.codeSetYear }),
    ...(workerUrl && { health: await health(workerUrl) }),
    locked: settings.locked,
    managed: { ...managed, ...(enrollment && { enrollment: true }) },
    problems: [...settings.problems, ...(enrolment ? [enrolment] : [])],
    pendingSites,
  };
}

/** The user's own settings; a key the policy set cannot be changed here. */
export async function updateSettings(patch: { sync?: boolean; codeSetYear?: string | null }): Promise<SettingsView> {
  const { locked } = await effectiveSettings({ settled: true });
  for (const key of ['sync', 'codeSetYear'] as const) {
    if (patch[key] !== undefined && locked.includes(key)) throw new Error(`${key} is set by your organization's policy and cannot be changed here`);
  }
  await writeUserSettings({
    ...(patch.sync !== undefined && { sync: patch.sync }),
    ...(patch.codeSetYear !== undefined && { codeSetYear: patch.codeSetYear ?? undefined }),
  });
  return settingsView();
}

/** GET /healthz on the worker, answered in a few seconds or reported as unreachable. */
async function health(workerUrl: string): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await fetch(new URL('/healthz', workerUrl), { signal: AbortSignal.timeout(4000) });
    if (!res.ok) return { ok: false, detail: `answered HTTP ${res.status}` };
    const body = (await res.json().catch(() => ({}))) as { store?: string };
    return { ok: true, detail: `reachable${body.store ? ` (${body.store} store)` : ''}` };
  } catch (err) {
    return { ok: false, detail: (err as Error).name === 'TimeoutError' ? 'no answer within 4 s' : 'not reachable from this browser' };
  }
}
