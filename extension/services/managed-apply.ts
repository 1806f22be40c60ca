import { browser } from 'wxt/browser';
import { settledManaged } from '../settings/managed-settings.ts';
import { enableSite, enabledSites, originPattern } from '../settings/site-access.ts';
import { joinTeam, storedTeam } from './team.ts';

const enrolledKey = 'managedEnrollment';

interface EnrollmentRecord {
  /** SHA-256 of the policy's code: the code itself is a credential and is not copied. */
  codeHash: string;
  error?: string;
}

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Applies the administrator's policy in the background: enrols this browser with the policy's
 * code once (a code is one-time: a failure is recorded for the options page, not retried in a
 * loop), and turns on each policy site the user has already allowed. A site still waiting for
 * the user's OK stays listed as pending in the popup and the options page.
 */
export function applyManaged(): Promise<void> {
  // One at a time: the start's run and the policy's first answer must not both spend the one-time code.
  const run = applying.then(applyOnce);
  applying = run.catch(() => undefined);
  return run;
}

let applying: Promise<void> = Promise.resolve();

async function applyOnce(): Promise<void> {
  const { values } = await settledManaged();
  if (values.enrollment) await enrol(values.enrollment);
  if (values.sites?.length) {
    const enabled = new Set(await enabledSites());
    for (const site of values.sites) {
      let pattern: string;
      try {
        pattern = originPattern(site);
      } catch {
        continue; // reported by the options page's policy problems
      }
      if (enabled.has(pattern) || !(await browser.permissions.contains({ origins: [pattern] }))) continue;
      await enableSite(pattern).catch(() => undefined);
    }
  }
  // Tells an open options page to show the result.
  await browser.storage.local.set({ managedAppliedAt: Date.now() });
}

async function enrol(code: string): Promise<void> {
  const codeHash = await sha256(code);
  const record = (await browser.storage.local.get(enrolledKey))[enrolledKey] as EnrollmentRecord | undefined;
  if (record?.codeHash === codeHash && (record.error === undefined ? await storedTeam() : !record.error.includes('not reachable'))) return;
  try {
    await joinTeam(code, '');
    await browser.storage.local.set({ [enrolledKey]: { codeHash } satisfies EnrollmentRecord });
  } catch (err) {
    await browser.storage.local.set({ [enrolledKey]: { codeHash, error: (err as Error).message } satisfies EnrollmentRecord });
  }
}

/** The enrolment failure to show, if the policy's code could not be used. */
export async function enrollmentProblem(): Promise<string | undefined> {
  const record = (await browser.storage.local.get(enrolledKey))[enrolledKey] as EnrollmentRecord | undefined;
  return record?.error ? `policy "enrollment": ${record.error}` : undefined;
}
