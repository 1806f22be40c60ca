import { afterAll, beforeAll } from 'vitest';
import { createTeamWithInvites } from '../../cli/team-invites.ts';
import { joinTeam, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { startWorkerProcess, type WorkerProcess } from './worker-process.ts';

export interface PagesAndBrowser {
  pages: StaticServer;
  browser: ExtensionBrowser;
}

/** The fixture pages over HTTP and one Chromium with the built extension, for one test file. */
export function useExtensionPages(): PagesAndBrowser {
  const env = {} as PagesAndBrowser;
  beforeAll(async () => {
    env.pages = await serveStatic();
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.pages?.close();
  });
  return env;
}

export interface TeamBrowsers {
  pages: StaticServer;
  /** Replaceable: a test may stop the worker and start another on the same database. */
  worker: WorkerProcess;
  coder: ExtensionBrowser;
  biller: ExtensionBrowser;
}

/** Pages, a worker with a team, and a coder's and a biller's browser that joined it by invite. */
export function useTeamBrowsers(teamName: string): TeamBrowsers {
  const env = {} as TeamBrowsers;
  beforeAll(async () => {
    [env.pages, env.worker] = await Promise.all([serveStatic(), startWorkerProcess()]);
    const team = await createTeamWithInvites(env.worker.url, teamName, [
      { name: 'Casey Coder', role: 'coder' },
      { name: 'Blair Biller', role: 'biller' },
    ]);
    [env.coder, env.biller] = await Promise.all([launchWithExtension(), launchWithExtension()]);
    await joinTeam(env.coder, team.invites.find((i) => i.role === 'coder')!.code, 'Casey Coder');
    await joinTeam(env.biller, team.invites.find((i) => i.role === 'biller')!.code, 'Blair Biller');
  });
  afterAll(async () => {
    await env.coder?.close();
    await env.biller?.close();
    await env.worker?.stop();
    await env.pages?.close();
  });
  return env;
}
