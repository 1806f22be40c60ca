// `npm start`: builds the extension, starts the worker on its embedded SQLite default, serves the
// demo pages, and prints what to open. Ctrl+C stops everything cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTeamWithInvites, inviteMembers, type TeamInvites } from '../cli/team-invites.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { workerConfig } from '../worker/env.ts';
import { startNodeWorker } from '../worker/node-server.ts';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const pagesPort = Number(process.env.CHARTSIDE_DEMO_PORT ?? 8080);

function step(label: string, cmd: string, args: string[]): void {
  console.log(`• ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed (exit ${r.status}); see the output above`);
    process.exit(1);
  }
}

step('code sets', process.execPath, [join(root, 'cli/bin.mjs'), 'codes', 'build', '--if-needed']);
step('extension build', 'npx', ['wxt', 'build']);

const worker = await startNodeWorker(workerConfig());
const pages = await serveStatic(undefined, pagesPort);

// The lead's invite holds the team secret and the lead's token: it is the demo client's own file,
// never the worker's. Member invites work once, so fresh ones are made on every start.
mkdirSync(join(root, 'data'), { recursive: true });
const teamFile = join(root, 'data', 'demo-team.json');
const saved = existsSync(teamFile) ? (JSON.parse(readFileSync(teamFile, 'utf8')) as { workerUrl: string; leadCode: string }) : null;
const members = [
  { name: 'Casey Coder', role: 'coder' as const },
  { name: 'Blair Biller', role: 'biller' as const },
];
let invites: TeamInvites['invites'] | undefined;
if (saved?.workerUrl === worker.url) {
  // The database may have been reset since: then the saved lead is unknown and a new team is made.
  const fresh = await inviteMembers(saved.leadCode, members).catch(() => undefined);
  if (fresh) invites = [{ role: 'lead', name: 'Demo practice lead', code: saved.leadCode }, ...fresh];
}
if (!invites) {
  invites = (await createTeamWithInvites(worker.url, 'Demo practice', members)).invites;
  writeFileSync(teamFile, JSON.stringify({ workerUrl: worker.url, leadCode: invites[0]!.code }, null, 1));
}

console.log(`
Chartside demo is running.
  worker      ${worker.url}   (SQLite ${workerConfig().db}; API docs at ${worker.url}/openapi.json)
  demo pages  ${pages.url}/
    EHR note        ${pages.url}/athena/encounter.html
    EHR claim       ${pages.url}/athena/claim.html
    payer portal    ${pages.url}/availity/eligibility.html and ${pages.url}/availity/claim-status.html
    (more EHRs and portals are linked from ${pages.url}/)

Load the extension: chrome://extensions -> Developer mode -> Load unpacked -> ${extensionDir}
Then open its options page and paste an invite code to join the demo team (member codes work once;\nevery start prints new ones):
${invites.map((i) => `  ${i.role.padEnd(7)} ${i.code}`).join('\n')}

Press Ctrl+C to stop.`);

if (process.env.DISPLAY && existsSync('/usr/bin/chromium')) {
  spawn(
    '/usr/bin/chromium',
    [`--load-extension=${extensionDir}`, `--user-data-dir=${join(root, 'data', 'chromium-profile')}`, `${pages.url}/athena/encounter.html`],
    { stdio: 'ignore', detached: true },
  ).unref();
}

const stop = async () => {
  await Promise.all([worker.close(), pages.close()]);
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
