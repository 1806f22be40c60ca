import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

/**
 * Runs the site adapters themselves inside a Chromium page (real layout, real frames, the
 * page's own scripts), next to the built extension, and returns what they read in plain data.
 */
let bundle: Promise<string> | undefined;
function adapterBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [resolve(import.meta.dirname, '../../../extension/adapters/registry.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__chartsideAdapters',
    write: false,
    platform: 'browser',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export interface InPageRead {
  adapter: string;
  unchanged: boolean;
  note?: { roots: number; text: string; patient?: unknown; dateOfService?: string; setting?: string };
  claim?: Record<string, unknown> & { lines: Record<string, unknown>[]; diagnoses: string[] };
  fields?: string[];
  eligibility?: Record<string, unknown>;
  denials?: Record<string, unknown>[];
  identity?: { memberId: string; dateOfService: string };
}

export async function readInPage(page: Page): Promise<InPageRead> {
  const code = await adapterBundle();
  return page.evaluate(`(() => {
    ${code}
    const { pickAdapter } = __chartsideAdapters;
    const docs = (d) => [d, ...[...d.querySelectorAll('iframe')].flatMap((f) => { try { return f.contentDocument ? docs(f.contentDocument) : []; } catch { return []; } })];
    const snapshot = () => docs(document).map((d) => d.documentElement.outerHTML).join('\\n');
    const before = snapshot();
    const adapter = pickAdapter(location, document);
    const f = adapter.read(document);
    const note = f.note && { roots: f.note.roots.length, text: f.note.roots.map((r) => r.textContent).join(' ').replace(/\\s+/g, ' '),
      patient: f.note.patient, dateOfService: f.note.dateOfService, setting: f.note.setting };
    return { adapter: adapter.id, unchanged: snapshot() === before, note, claim: f.claim, fields: f.fields && Object.keys(f.fields).sort(),
      eligibility: f.eligibility, denials: f.denials, identity: f.identity };
  })()`);
}

/** Codes the overlay marks recommended for a code system (CONTRACTS §5 hooks). */
export async function recommended(page: Page, system = 'ICD-10-CM'): Promise<string[]> {
  const loc = page.locator(`chartside-overlay [data-system="${system}"][data-recommended="true"]`);
  await loc.first().waitFor({ state: 'attached', timeout: 30_000 });
  return loc.evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
}

/** Waits for a claim flag marker of a rule on a field (CONTRACTS §5 hooks). */
export async function flag(page: Page, rule: string, field: string): Promise<void> {
  await page.locator(`chartside-overlay [data-rule="${rule}"][data-field="${field}"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
}
