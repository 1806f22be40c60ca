import { browser } from 'wxt/browser';
import type { PageKind } from '../page-kind/cues.ts';
import type { TaughtClaim } from '../readers/taught-claim.ts';

/**
 * "Teach this page": on a site no adapter knows, the user points at the note area once and the
 * choice is kept per origin (extension storage, not the page's). A selector path is stored, never
 * page text.
 */
export interface TaughtPage {
  note?: string;
  /** Where this screen shows which claim it is about, so its handoff thread can be found. */
  memberId?: string;
  dateOfService?: string;
  /** When it was last taught (ISO time), shown in the options page. */
  taughtAt?: string;
  /** The page kind the user chose for this site, over the decided one. */
  kind?: PageKind;
  /** Teach-a-claim: each claim field the user pointed at (see readers/taught-claim.ts). */
  claim?: TaughtClaim;
}

/** The steps of teaching, in order, with what the user is asked to point at. */
export const teachSteps = {
  note: 'Click the area that holds the note',
  memberId: "Click the patient's member ID",
  dateOfService: 'Click the date of service',
} as const;
export type TeachStep = keyof typeof teachSteps;

const key = (origin: string) => `taught:${origin}`;

export async function loadTaught(origin: string): Promise<TaughtPage> {
  const stored = (await browser.storage.local.get(key(origin)))[key(origin)] as TaughtPage | undefined;
  return stored ?? {};
}

export async function saveTaught(origin: string, taught: TaughtPage): Promise<void> {
  await browser.storage.local.set({ [key(origin)]: taught });
}

/** Every site taught in this browser, for the options page to show and undo. */
export async function listTaught(): Promise<{ origin: string; taught: TaughtPage }[]> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([k]) => k.startsWith('taught:'))
    .map(([k, v]) => ({ origin: k.slice('taught:'.length), taught: v as TaughtPage }))
    .sort((a, b) => a.origin.localeCompare(b.origin));
}

export async function forgetTaught(origin: string): Promise<void> {
  await browser.storage.local.remove(key(origin));
}

/**
 * A selector that finds this element again after a reload: its id when unique, else the path of
 * tag:nth-of-type steps from the nearest ancestor with a unique id (or the body).
 */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  for (let e: Element | null = el; e && e !== doc.body && e !== doc.documentElement; e = e.parentElement) {
    if (e.id && doc.querySelectorAll(`#${CSS.escape(e.id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(e.id)}`);
      return steps.join(' > ');
    }
    const same = [...(e.parentElement?.children ?? [])].filter((c) => c.tagName === e!.tagName);
    steps.unshift(same.length > 1 ? `${e.tagName.toLowerCase()}:nth-of-type(${same.indexOf(e) + 1})` : e.tagName.toLowerCase());
  }
  return ['body', ...steps].join(' > ');
}
