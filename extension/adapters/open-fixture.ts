import { Browser } from 'happy-dom';
import { serveStatic } from '../../test/support/static-server.ts';

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
export const textOfAll = (els: Element[]): string => els.map((e) => e.textContent ?? '').join(' ').replace(/\s+/g, ' ');
