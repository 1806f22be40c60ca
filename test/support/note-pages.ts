import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { fixturePagesDir } from './static-server.ts';

/** The development notes (CONTRACTS §2 shape), read from ../shared/eval/notes, never copied here. */
export const evalNotesDir = resolve(process.env.CHARTSIDE_EVAL_NOTES ?? resolve(import.meta.dirname, '../../../shared/eval/notes'));

export interface EvalNote {
  id: string;
  setting: 'office' | 'ed' | 'urgent-care' | 'telehealth' | 'inpatient-progress' | 'procedure' | 'consult';
  patient: { age?: number; sex?: 'F' | 'M' | 'U' };
  text: string;
}

export function readEvalNotes(): EvalNote[] {
  return readdirSync(evalNotesDir)
    .filter((f) => /^n\d+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(evalNotesDir, f), 'utf8')) as EvalNote);
}

/** The date of service every fixture encounter shows; the date of birth is derived from the age. */
export const fixtureDos = '2026-11-03';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

// How EHR screens word the visit types (CMS place-of-service names and CPT E/M category names).
const visitWords: Record<EvalNote['setting'], [string, string]> = {
  office: ['Office Visit', 'Clinic visit'],
  telehealth: ['Telehealth Video Visit', 'Virtual visit (video)'],
  ed: ['Emergency Department', 'ED Visit'],
  'urgent-care': ['Urgent Care Visit', 'Urgent care'],
  'inpatient-progress': ['Inpatient Progress Note', 'Hospital Progress'],
  consult: ['Consultation', 'Consult'],
  procedure: ['Procedure Visit', 'Procedure'],
};

/** The note rendered the ways chart pages render notes. */
function renderNote(text: string, how: string): string {
  const lines = text.split('\n');
  switch (how) {
    case 'p': // paragraphs at blank lines, <br> within
      return text
        .split(/\n\s*\n/)
        .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
        .join('\n');
    case 'div': // one <div> a line, as Chromium's contenteditable writes it
      return lines.map((l) => (l.trim() ? `<div>${escapeHtml(l)}</div>` : '<div><br></div>')).join('');
    case 'br':
      return lines.map(escapeHtml).join('<br>\n');
    default: // text: a textarea's or a pre-wrap block's content
      return escapeHtml(text);
  }
}

/** Fills a fixture page's {{…}} slots with one development note and its encounter. */
export function fillPage(html: string, note: EvalNote): string {
  const age = note.patient.age ?? 50;
  const dob = `${Number(fixtureDos.slice(0, 4)) - age - 1}-12-20`; // birthday after the date of service
  const sex = note.patient.sex === 'M' ? 'M' : 'F';
  const slots: Record<string, string> = {
    'note-id': note.id,
    age: String(age),
    sex,
    'sex-word': sex === 'F' ? 'Female' : 'Male',
    dob: us(dob),
    'dob-iso': dob,
    dos: us(fixtureDos),
    'dos-iso': fixtureDos,
    visit: visitWords[note.setting][0],
    'visit-alt': visitWords[note.setting][1],
  };
  return html.replace(/\{\{([a-z-]+)(?::([a-z]+))?\}\}/g, (all, name: string, how?: string) =>
    name === 'note' ? renderNote(note.text, how ?? 'text') : (slots[name] ?? all),
  );
}

export interface NotePages {
  url: string;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages; an `ehr-*` page asked for with `?note=<id>` is filled with that note. */
export function serveNotePages(notes: EvalNote[]): Promise<NotePages> {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = normalize(join(fixturePagesDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(fixturePagesDir) || !existsSync(file) || !file.endsWith('.html')) return void res.writeHead(404).end('not found');
    const note = byId.get(url.searchParams.get('note') ?? '');
    const html = readFileSync(file, 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(note ? fillPage(html, note) : html);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
