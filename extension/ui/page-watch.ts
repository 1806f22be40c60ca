import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * What makes a page worth reading again: DOM changes outside the overlay, in-page navigation,
 * form edits, a selection ("code this part"), and frames that load after us (Epic's nested note
 * frames). Each calls `refresh`, which the session debounces.
 */
export function watchPage(ctx: ContentScriptContext, overlayHost: Element, refresh: () => void): void {
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !overlayHost.contains(r.target))) refresh();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', refresh);
  ctx.addEventListener(document, 'input', (e) => !overlayHost.contains(e.target as Node) && refresh(), { capture: true });
  ctx.addEventListener(document, 'change', refresh, { capture: true });
  ctx.addEventListener(document, 'selectionchange', refresh);
  ctx.addEventListener(document, 'load', (e) => e.target instanceof HTMLIFrameElement && refresh(), { capture: true });
}

/** `run` at most once per `ms` of quiet: bursts of DOM changes read the page once. */
export function debounced(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

/** Lets the host page's own tasks run before the next step, so no step of ours adds up to a long task. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
