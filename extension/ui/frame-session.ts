import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { generic } from '../adapters/generic.ts';
import { extractText, type TextMap } from '../dom/text-map.ts';
import { send } from '../messaging/send.ts';
import { highlightRange } from './highlight.ts';

const debounceMs = 400;

/** Whether this frame can be read by the top frame's script (same origin all the way up). */
export function readableFromTop(): boolean {
  try {
    return !!window.top?.document;
  } catch {
    return false;
  }
}

/**
 * In a frame of another origin than the page (the site allowed us there): read the note, or the
 * user's selection, the way the top frame would, and hand its text to the top frame, which codes
 * it with the page's encounter and shows the overlay. Evidence comes back here to be highlighted.
 * Nothing is drawn in the frame and its DOM is never changed.
 */
export function startFrameSession(ctx: ContentScriptContext): void {
  let map: TextMap | undefined;
  let last = '';
  const run = () => {
    const note = generic.read(document).note;
    map = note ? extractText(note.roots, { ...(note.range && { within: note.range }) }) : undefined;
    const sel = document.getSelection();
    const selected = !!sel && !sel.isCollapsed && sel.toString().trim().length >= 20;
    const encounter = {
      ...(note?.encounter?.setting && { setting: note.encounter.setting }),
      ...(note?.patient?.age !== undefined && { age: note.patient.age }),
      ...(note?.patient?.sex && { sex: note.patient.sex }),
      ...(note?.dateOfService && { dateOfService: note.dateOfService }),
    };
    const payload = { text: map?.text ?? '', selected, encounter };
    const key = JSON.stringify(payload);
    if (key === last) return;
    last = key;
    deliver(payload, 0);
  };
  // Until the top frame's script listens (it may start after this frame), try again, backing off.
  const deliver = (payload: Parameters<typeof send<'frameNote'>>[1], attempt: number) => {
    void send('frameNote', payload).then(
      ({ delivered }) => {
        if (!delivered && attempt < 6 && JSON.stringify(payload) === last) setTimeout(() => deliver(payload, attempt + 1), 250 * 2 ** attempt);
      },
      () => undefined,
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const observer = new MutationObserver(refresh);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(document, 'selectionchange', refresh);
  ctx.addEventListener(document, 'input', refresh, { capture: true });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; start?: number; end?: number };
    if (m?.type !== 'showEvidence' || m.start === undefined || m.end === undefined) return;
    const range = map?.rangeFor(m.start, m.end);
    if (range) highlightRange(range);
  });
  run();
}
