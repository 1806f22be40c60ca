import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { pickAdapter } from '../adapters/registry.ts';
import type { PageFindings } from '../adapters/types.ts';
import { send } from '../messaging/send.ts';
import { OverlayApp, type OverlayState } from './overlay-app.tsx';
import { overlayCss } from './overlay-styles.ts';

/**
 * One page's lifecycle: read the page through its adapter, ask the background, render the
 * overlay in an open shadow root. Any failure is shown in the panel; the host page is untouched.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  let state: OverlayState = {};
  let findings: PageFindings = {};
  let container: HTMLElement | undefined;

  const draw = () => container && render(<OverlayApp state={state} onSendNote={sendNote} />, container);
  const update = (patch: OverlayState) => {
    state = { ...state, ...patch };
    draw();
  };
  async function sendNote(text: string): Promise<void> {
    if (!findings.identity) throw new Error('this page does not show which claim it is about');
    update({ handoff: await send('handoffAdd', { identity: findings.identity, text }) });
  }

  const ui = await createShadowRootUi(ctx, {
    name: 'chartside-overlay',
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: overlayCss,
    isolateEvents: true, // typing in the panel never triggers the EHR's keyboard shortcuts
    onMount(root) {
      container = root;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  try {
    findings = pickAdapter(location, document).read(document);
  } catch (err) {
    update({ error: `Chartside could not read this page: ${(err as Error).message}` });
    return;
  }
  const jobs: Promise<unknown>[] = [];
  if (findings.note) jobs.push(send('suggest', { doc: findings.note }).then((suggest) => update({ suggest })));
  if (findings.eligibility) jobs.push(send('eligibilitySeen', { eligibility: findings.eligibility }));
  if (findings.claim) {
    jobs.push(send('check', { claim: findings.claim, eligibility: findings.eligibility ?? null }).then(({ flags }) => update({ flags })));
  }
  if (findings.identity) jobs.push(send('handoffList', { identity: findings.identity }).then((handoff) => update({ handoff })));
  const failures = (await Promise.allSettled(jobs)).filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failures.length > 0) update({ error: failures.map((f) => (f.reason as Error).message).join('; ') });
}
