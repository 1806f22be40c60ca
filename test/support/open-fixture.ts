import { Browser } from 'happy-dom';
import { serveStatic } from './static-server.ts';

/**
 * Test-only: opens a fixture page from test/fixtures/pages over loopback HTTP in happy-dom, with
 * same-origin iframes loaded (OpenEMR, Epic) and, when asked, the page's own scripts run (eCW's
 * delayed note pane, the UHC single-page app). Never imported by extension code.
 */
export async function openFixture(path: string, opts: { scripts?: boolean } = {}) {
  const server = await serveStatic();
  const browser = new Browser({
    settings: {
      enableIframePageLoading: true,
      enableJavaScriptEvaluation: opts.scripts ?? false,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      navigation: { disableFallbackToSetURL: true },
    },
  });
  const page = browser.newPage();
  await page.goto(`${server.url}/${path}`);
  await page.waitUntilComplete();
  // Nested frames start loading only once their parent frame has parsed: wait for every level.
  for (let i = 0; i < 100 && !framesLoaded(page.mainFrame.document as unknown as Document); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await page.waitUntilComplete();
  }
  const window = page.mainFrame.window;
  return {
    document: page.mainFrame.document as unknown as Document,
    window,
    settle: () => page.waitUntilComplete(),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The collapsed text of elements, to assert on what a root holds. */
export const textOfAll = (els: Element[]): string =>
  els
    .map((e) => e.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

function framesLoaded(doc: Document): boolean {
  if (doc.readyState !== 'complete') return false;
  return [...doc.querySelectorAll('iframe[src]')].every((f) => {
    const inner = (f as HTMLIFrameElement).contentDocument;
    return !!inner?.body && framesLoaded(inner);
  });
}
