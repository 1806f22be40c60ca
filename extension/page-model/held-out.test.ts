// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { athenaOne } from '../adapters/athena-one.ts';
import { ecw } from '../adapters/ecw.ts';
import { openemr } from '../adapters/openemr.ts';
import { epic } from '../adapters/epic.ts';
import type { SiteAdapter } from '../adapters/types.ts';
import { readPageModel } from './page-model.ts';
import type { SectionRule } from './section-headings.ts';

const lexicon = resolve(import.meta.dirname, '../../../shared/lexicon/medspacy/section_patterns.en.json');
const rules = (JSON.parse(readFileSync(lexicon, 'utf8')) as { section_rules: SectionRule[] }).section_rules;
const pages = join(import.meta.dirname, '../../test/fixtures/pages');

/**
 * Layouts the page model was not written for: the saved pages of the site adapters (athenaOne,
 * eClinicalWorks, OpenEMR, Epic note body). Without their adapters, the page model must find the
 * note each adapter reads, and nothing around it, with the encounter each adapter reads.
 */
const cases: [string, SiteAdapter][] = [
  ['athena/encounter.html', athenaOne],
  ['ecw/progress-note-content.html', ecw],
  ['openemr/encounter.html', openemr],
  ['epic/note-body.html', epic],
];

test.each(cases)('%s: the page model finds the note its adapter reads', (file, adapter) => {
  document.documentElement.innerHTML = readFileSync(join(pages, file), 'utf8');
  const expected = adapter.read(document).note;
  const model = readPageModel(document, undefined, rules);
  expect(expected?.roots.length).toBeGreaterThan(0);
  const words = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const theirs = words(expected!.roots.map((r) => r.textContent).join(' '));
  const ours = words(model.note?.textContent);
  console.log(`${file}: adapter reads ${theirs.length} chars, page model ${ours.length}`);
  // The same region: ours holds the adapter's note blocks or lies inside one of them, holds most of
  // the adapter's text and little else.
  const note = model.note!;
  expect(expected!.roots.every((r) => note === r || note.contains(r)) || expected!.roots.some((r) => r.contains(note))).toBe(true);
  expect(ours.length).toBeGreaterThanOrEqual(theirs.length * 0.8);
  expect(ours.length).toBeLessThanOrEqual(theirs.length * 1.15);
});
