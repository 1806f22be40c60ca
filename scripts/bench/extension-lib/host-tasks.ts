// The host page's main-thread tasks during a page load, from a Chrome trace (DevTools protocol):
// what a content script costs the page it runs in. Each task has its wall time and its thread
// (CPU) time: on a loaded machine the wall time of a task grows while the OS runs other
// processes, its thread time does not.
import type { CDPSession, Page } from 'playwright-core';

export interface HostTask {
  /** Wall-clock duration, ms. */
  ms: number;
  /** Time the main thread actually ran, ms. */
  cpuMs: number;
  /** What ran inside, largest first ("EvaluateScript content.js 12.3", "Layout 4.1", ...). */
  what: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string }; beginData?: { url?: string } };
}

const categories = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** Traces `load` (a navigation of `page` to `url` and whatever waits it needs) and returns the page's main-thread tasks. */
export async function traceHostTasks(page: Page, url: string, load: () => Promise<void>): Promise<HostTask[]> {
  const cdp = await page.context().newCDPSession(page);
  const events = await traced(cdp, load);
  await cdp.detach();
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The renderer that parsed the page's HTML is the host page's.
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url.split('?')[0]!));
  if (!parse) return [];
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const inside = (t: TraceEvent) => main.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
  const out: HostTask[] = [];
  for (const t of tasks) {
    const nested = inside(t);
    // Scripts the test driver evaluates (Playwright's, no URL) are the harness, not the page's load.
    if (nested.some((e) => e.name === 'EvaluateScript' && !e.args?.data?.url)) continue;
    const what = nested
      .filter((e) => ['EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'Layout', 'UpdateLayoutTree', 'ParseHTML', 'Paint'].includes(e.name))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    out.push({ ms: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, what });
  }
  return out;
}

/** The longest task by wall time (none: a zero task). */
export const longestTask = (tasks: HostTask[]): HostTask => tasks.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, cpuMs: 0, what: [] });

async function traced(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  return events;
}

/** Waits until the overlay has every answer for its first reading, polling from the page's own world (no injected driver script). */
export async function overlaySettled(page: Page, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(() => document.querySelector('chartside-overlay')?.getAttribute('aria-busy') === 'false')) return;
    await page.waitForTimeout(25);
  }
  throw new Error(`the overlay did not settle within ${timeoutMs} ms on ${page.url()}`);
}
