import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';

/** Chromium flags the toolbar helpers need: CDP's Extensions domain is off without the first. */
export const toolbarArgs = (host: string) => ['--enable-unsafe-extension-debugging', `--host-resolver-rules=MAP ${host} 127.0.0.1`];

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  // Tab targets are listed only when asked for by type.
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }, { type: 'page' }] } as never)) as unknown as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/**
 * Clicks the extension's toolbar button on the page's tab, as a user would: Chromium's
 * `Extensions.triggerAction` opens the popup and grants activeTab exactly like a real click
 * (headless Chromium has no toolbar to click).
 */
export async function clickToolbarAction(browser: ExtensionBrowser, page: Page): Promise<CDPSession> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const url = page.url();
  const tab = (await targets(cdp)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  return cdp;
}

/**
 * Evaluates an expression in the open popup (it is not a Playwright page): attaches to its target
 * and relays Runtime.evaluate through the browser session. Retries until it returns a truthy value.
 */
export async function evaluateInPopup<T>(cdp: CDPSession, expression: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const popup = (await targets(cdp)).find((t) => t.type === 'page' && t.url.endsWith('/popup.html'));
    if (popup) {
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false } as never)) as unknown as {
        sessionId: string;
      };
      last = await relay(cdp, sessionId, expression);
      await cdp.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
      if (last) return last as T;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`popup: ${expression} stayed ${JSON.stringify(last)} for ${timeoutMs / 1000} s`);
}

function relay(cdp: CDPSession, sessionId: string, expression: string): Promise<unknown> {
  return new Promise((done) => {
    const id = Math.floor(Math.random() * 1e9);
    const onMessage = (event: { sessionId: string; message: string }) => {
      const msg = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (event.sessionId !== sessionId || msg.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      done(msg.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
    void cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    } as never);
  });
}
