import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadCodeSets } from '../../cli/codesets/load.ts';
import { suggest } from '../../shared/coding/suggest.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension-browser.ts';
import { type EvalNote, fixtureDos, readEvalNotes, serveNotePages, type NotePages } from '../support/note-pages.ts';

/**
 * Chart pages in eight EHR styles no adapter was written for, each holding development notes from
 * ../shared/eval/notes (placed in the page when it is served). The overlay must read the note, only
 * the note, with the encounter the page shows: its recommended codes equal the engine's on the
 * note text with the note's setting, age and sex, and every evidence span lies inside the note.
 */
interface Style {
  page: string;
  settings: EvalNote['setting'][];
  /** Where the fixture put the note: the frame holding it, if any, and the note element. */
  frame?: string;
  note: string;
  textarea?: boolean;
}
const styles: Style[] = [
  { page: 'ehr-athena-style/chart.html', settings: ['office', 'urgent-care'], note: '.note-view' },
  { page: 'ehr-ecw-style/chart.html', settings: ['office', 'procedure'], frame: 'iframe', note: '.pn' },
  { page: 'ehr-nextgen-style/chart.html', settings: ['office', 'consult'], note: '#note', textarea: true },
  { page: 'ehr-practice-fusion-style/chart.html', settings: ['office', 'urgent-care'], note: '.editor' },
  { page: 'ehr-drchrono-style/chart.html', settings: ['office', 'procedure', 'consult'], note: '.note-text' },
  { page: 'ehr-advancedmd-style/chart.html', settings: ['office', 'urgent-care', 'ed'], note: '.note' },
  { page: 'ehr-hospital-web-style/chart.html', settings: ['inpatient-progress', 'consult', 'ed'], frame: 'iframe', note: '.txt' },
  { page: 'ehr-telehealth-summary/visit.html', settings: ['telehealth'], note: '.note' },
];
const perStyle = 5;

interface Reading {
  style: string;
  note: EvalNote;
  overlay: string[];
  engine: string[];
  encounter: Record<string, string | null>;
  outlineMatches: boolean;
  evidenceOutside: string[];
  evidenceChecked: number;
  /** "Why not coded" entries in the overlay, and suppressed findings in the engine's answer. */
  suppressed: { overlay: number; engine: number };
}

let server: NotePages;
let browser: ExtensionBrowser;
const readings: Reading[] = [];

/** Notes for each style: of its settings, in id order, never the same note twice, spread over the set. */
function assign(notes: EvalNote[]): [Style, EvalNote][] {
  const used = new Set<string>();
  return styles.flatMap((style) => {
    const fit = notes.filter((n) => style.settings.includes(n.setting) && !used.has(n.id));
    const step = Math.max(1, Math.floor(fit.length / perStyle));
    const picked = Array.from({ length: perStyle }, (_, i) => fit[i * step]).filter((n): n is EvalNote => !!n);
    for (const n of picked) used.add(n.id);
    return picked.map((n) => [style, n] as [Style, EvalNote]);
  });
}

const recommendedIn = (page: Page) =>
  page
    .locator('chartside-overlay [data-code][data-recommended="true"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-system')}:${e.getAttribute('data-code')}`).sort());

/** Waits until the overlay has coded a note and its reading stops changing (frames load late). */
async function settled(page: Page): Promise<string[]> {
  await page.locator('chartside-overlay section.encounter').waitFor({ state: 'attached', timeout: 30_000 });
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(500);
    const now = JSON.stringify([await recommendedIn(page), await page.locator('chartside-overlay section[aria-label="Suggested codes"]').count()]);
    if (now === last && now.endsWith(',1]')) break;
    last = now;
  }
  return recommendedIn(page);
}

async function read(style: Style, note: EvalNote, codeSets: Awaited<ReturnType<typeof loadCodeSets>>): Promise<Reading> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${server.url}/${style.page}?note=${note.id}`);
  const overlay = await settled(page);
  const result = suggest({ text: note.text, setting: note.setting, patient: note.patient, dateOfService: fixtureDos }, codeSets);
  const engine = result.suggestions
    .filter((s) => s.recommended)
    .map((s) => `${s.system}:${s.code}`)
    .sort();
  const encounter = await page
    .locator('chartside-overlay section.encounter')
    .evaluate((e) => Object.fromEntries(['setting', 'age', 'sex', 'dos'].map((k) => [k, e.getAttribute(`data-${k}`)])));

  // The area the extension reads, outlined on request, is the fixture's note element.
  await page.locator('chartside-overlay .launcher').click();
  await page.locator('chartside-overlay .show-note').click();
  const outline = await page.locator('chartside-overlay [data-note-outline]').boundingBox();
  const frame = style.frame ? page.frameLocator(style.frame) : page;
  const noteBox = await frame.locator(style.note).boundingBox();
  const outlineMatches = !!outline && !!noteBox && ['x', 'y', 'width', 'height'].every((k) => Math.abs(outline[k as 'x'] - noteBox[k as 'x']) <= 2);

  // Every evidence span shown lies inside the note: highlighted there (or, in a textarea, part of its text).
  const evidenceOutside: string[] = [];
  const target = style.frame ? page.frames().find((f) => f !== page.mainFrame() && f.url().includes('note-frame'))! : page.mainFrame();
  const links = page.locator('chartside-overlay .code[data-recommended="true"] .evidence-link');
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const text = (await link.textContent()) ?? '';
    await target.evaluate(() => CSS.highlights.clear());
    await link.click();
    const inside = await target.evaluate(
      ([sel, span, isTextarea]) => {
        const noteEl = document.querySelector(sel as string)!;
        if (isTextarea) return (noteEl as HTMLTextAreaElement).value.includes(span as string);
        const hl = CSS.highlights.get('chartside-evidence');
        const ranges = hl ? [...(hl as unknown as Set<Range>)] : [];
        return (
          ranges.length > 0 &&
          ranges.every(
            (r) => noteEl.contains(r.commonAncestorContainer) && r.toString().replace(/\s+/g, ' ').trim() === (span as string).replace(/\s+/g, ' ').trim(),
          )
        );
      },
      [style.note, text, !!style.textarea] as const,
    );
    if (!inside) evidenceOutside.push(text);
  }
  const evidenceChecked = await links.count();
  const suppressed = { overlay: await page.locator('chartside-overlay details.suppressed li[data-suppressed-code]').count(), engine: result.suppressed.length };
  await page.close();
  return { style: style.page, note, overlay, engine, encounter, outlineMatches, evidenceOutside, evidenceChecked, suppressed };
}

beforeAll(async () => {
  const notes = readEvalNotes();
  [server, browser] = await Promise.all([serveNotePages(notes), launchWithExtension()]);
  const codeSets = await loadCodeSets();
  for (const [style, note] of assign(notes)) readings.push(await read(style, note, codeSets));
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('eight EHR styles, at least 24 development notes placed in them', () => {
  expect(new Set(readings.map((r) => r.style)).size).toBe(8);
  expect(readings.length).toBeGreaterThanOrEqual(24);
});

test('"why not coded" lists the suppressed findings on every note that has them', () => {
  const withSuppressed = readings.filter((r) => r.suppressed.engine > 0);
  expect(withSuppressed.length).toBeGreaterThan(0);
  expect(withSuppressed.filter((r) => r.suppressed.overlay === 0).map((r) => r.note.id)).toEqual([]);
});

test('reading fidelity: the overlay recommends what the engine does on the note text for >= 95% of notes', () => {
  const same = readings.filter((r) => JSON.stringify(r.overlay) === JSON.stringify(r.engine));
  const figure = same.length / readings.length;
  console.log(`reading fidelity: ${same.length}/${readings.length} notes (${(100 * figure).toFixed(1)}%) with the engine's recommended codes`);
  for (const r of readings.filter((x) => !same.includes(x))) {
    console.log(
      `  ${r.style} ${r.note.id}: overlay-only ${r.overlay.filter((c) => !r.engine.includes(c)).join(' ')} | engine-only ${r.engine.filter((c) => !r.overlay.includes(c)).join(' ')}`,
    );
  }
  expect(figure).toBeGreaterThanOrEqual(0.95);
});

test('the encounter is read from the page: setting, age and sex as the banner shows them', () => {
  const wrong = readings.filter(
    (r) =>
      r.encounter.setting !== r.note.setting || r.encounter.age !== String(r.note.patient.age) || r.encounter.sex !== (r.note.patient.sex === 'M' ? 'M' : 'F'),
  );
  expect(wrong.map((r) => `${r.style} ${r.note.id}: ${JSON.stringify(r.encounter)}`)).toEqual([]);
});

test('the note area the overlay outlines is the note, and every evidence span lies inside it', () => {
  expect(readings.filter((r) => !r.outlineMatches).map((r) => `${r.style} ${r.note.id}`)).toEqual([]);
  expect(readings.filter((r) => r.evidenceOutside.length > 0).map((r) => `${r.style} ${r.note.id}: ${r.evidenceOutside.join(' | ')}`)).toEqual([]);
  const checked = readings.reduce((n, r) => n + r.evidenceChecked, 0);
  console.log(`evidence spans checked inside the note: ${checked} over ${readings.length} notes`);
  expect(readings.filter((r) => r.overlay.length > 0 && r.evidenceChecked === 0).map((r) => r.note.id)).toEqual([]);
});
