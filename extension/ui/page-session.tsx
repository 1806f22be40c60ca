import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { forgetTaught, loadTaught, saveTaught, selectorFor, teachSteps, type TaughtPage, type TeachStep } from '../adapters/taught.ts';
import { readPage } from '../adapters/read-page.ts';
import { extractText, type TextMap } from '../adapters/text-map.ts';
import type { PageFindings } from '../adapters/types.ts';
import { applyEdits, type ClaimEdits } from '../readers/claim-edits.ts';
import { spotFor, teachable, type TaughtClaim } from '../readers/taught-claim.ts';
import { send } from '../messaging/send.ts';
import type { OverlayActions } from './actions.ts';
import { clearHighlight, highlightRange } from './highlight.ts';
import { OverlayApp, type OverlayState } from './overlay-app.tsx';
import { billerCss, markerCss, memoryCss, overlayCss, pickerCss, threadCss } from './overlay-styles.ts';

const debounceMs = 400;
const handoffRefreshMs = 5000;

/**
 * One page's lifecycle: read the page through its adapter, ask the background, render the
 * overlay in an open shadow root; re-read on in-page navigation, DOM changes and form edits
 * (debounced). Any failure is shown in the panel; the host page is never broken or rewritten.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  let state: OverlayState = {};
  let findings: PageFindings = {};
  let textMap: TextMap | undefined;
  let docKey = '';
  let lastSignature = '';
  let container: HTMLElement | undefined;
  let taught: TaughtPage = await loadTaught(location.origin).catch(() => ({}));
  let steps: TeachStep[] = [];
  // Teach-a-claim: the field being pointed at, earlier taught states (for undo), value corrections.
  let pickingClaim: string | undefined;
  const claimHistory: (TaughtClaim | undefined)[] = [];
  let edits: ClaimEdits = {};
  let editsFor = '';
  const saveAndRerun = () => void saveTaught(location.origin, taught).then(rerun, showError);
  const rerun = () => {
    lastSignature = '';
    return run().catch(showError);
  };

  const actions: OverlayActions = {
    showEvidence(start, end) {
      const range = textMap?.rangeFor(start, end);
      if (range) highlightRange(range);
    },
    decide(s, decision, editedTo) {
      void send('decide', { docKey, system: s.system, code: s.code, decision, ...(editedTo && { editedTo }) })
        .then((decisions) => update({ decisions }), showError);
    },
    async sendNote(text) {
      if (!findings.identity) throw new Error('this page does not show which claim it is about');
      update({ handoff: await send('handoffAdd', { identity: findings.identity, text }) });
    },
    async sendDenials() {
      if (!findings.identity || !findings.denials) throw new Error('this page shows no denied claim');
      update({ handoff: await send('denialToThread', { identity: findings.identity, denials: findings.denials, remit: findings.remit ?? {} }) });
    },
    teach(what) {
      steps = what === 'note' ? ['note'] : ['memberId', 'dateOfService'];
      update({ picking: { host: ui.shadowHost, prompt: teachSteps[steps[0]!] } });
    },
    cancelTeach() {
      steps = [];
      pickingClaim = undefined;
      update({ picking: undefined });
    },
    pick(el) {
      if (pickingClaim) {
        claimHistory.push(taught.claim);
        const list = !!teachable.find((t) => t.key === pickingClaim)?.list;
        taught = { ...taught, claim: { ...taught.claim, [pickingClaim]: spotFor(el, list) } };
        pickingClaim = undefined;
        update({ picking: undefined, taught: true, canUndo: true });
        return saveAndRerun();
      }
      taught = { ...taught, [steps.shift()!]: selectorFor(el) };
      const next = steps[0];
      update({ picking: next ? { host: ui.shadowHost, prompt: teachSteps[next] } : undefined, taught: true });
      if (!next) void saveTaught(location.origin, taught).then(rerun, showError);
    },
    teachClaimField(key, label) {
      pickingClaim = key;
      update({ picking: { host: ui.shadowHost, prompt: `Click ${label} on the page` } });
    },
    undoTeach() {
      taught = { ...taught, claim: claimHistory.pop() };
      update({ canUndo: claimHistory.length > 0 });
      saveAndRerun();
    },
    editField(path, value) {
      edits = { ...edits, [path]: value };
      update({ edits });
      void rerun();
    },
    setKind(kind) {
      taught = { ...taught, kind };
      if (!kind) delete taught.kind;
      update({ chosenKind: kind, taught: Object.keys(taught).length > 0 });
      saveAndRerun();
    },
    forgetTaught() {
      claimHistory.length = 0;
      taught = {};
      update({ taught: false });
      void forgetTaught(location.origin).then(rerun, showError);
    },
    async updateThread(patch) {
      if (!findings.identity) throw new Error('this page does not show which claim it is about');
      update({ handoff: await send('handoffUpdate', { identity: findings.identity, patch }) });
    },
  };
  const draw = () => container && render(<OverlayApp state={state} actions={actions} />, container);
  const update = (patch: OverlayState) => {
    state = { ...state, ...patch };
    draw();
  };
  const showError = (err: unknown) => update({ error: err instanceof Error ? err.message : String(err) });

  const ui = await createShadowRootUi(ctx, {
    name: 'chartside-overlay',
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: overlayCss + markerCss + threadCss + memoryCss + pickerCss + billerCss,
    isolateEvents: true, // typing in the panel never triggers the EHR's keyboard shortcuts
    onMount(root) {
      container = root;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
      clearHighlight();
    },
  });
  ui.mount();
  update({ taught: Object.keys(taught).length > 0, chosenKind: taught.kind });

  async function run(): Promise<void> {
    findings = readPage(taught);
    const kind = findings.kind ?? 'other';
    ui.shadowHost.setAttribute('data-page-kind', kind); // CONTRACTS §5
    const claimKey = JSON.stringify(findings.identity ?? null);
    if (claimKey !== editsFor) [edits, editsFor] = [{}, claimKey]; // another claim: earlier corrections do not apply
    if (findings.claim) findings.claim = applyEdits(findings.claim, edits);
    const doc = findings.note ? toDocument(findings.note) : undefined;
    const signature = JSON.stringify([kind, doc?.text, findings.claim, findings.eligibility, findings.coverage, findings.identity, findings.denials]);
    if (signature === lastSignature) {
      if (findings.fields) update({ fields: findings.fields }); // same claim, elements may have moved
      return;
    }
    lastSignature = signature;
    // What this kind of page shows; what an earlier kind showed goes (only a note gets suggestions).
    update({
      kind, kindWhy: findings.kindWhy, labels: findings.labels ?? {}, coverage: findings.coverage, claim: findings.claim, edits,
      taughtClaim: Object.keys(taught.claim ?? {}), fields: findings.fields ?? {},
      ...(!doc && { suggest: undefined, decisions: undefined }),
      ...(!findings.claim && { flags: undefined }),
      ...(!findings.denials && { denials: undefined }),
      ...(!doc && !findings.claim && { memory: undefined }),
    });
    const jobs: Promise<unknown>[] = [];
    if (doc) {
      docKey = fingerprint(doc.text);
      const payer = findings.note?.payer;
      jobs.push(send('suggest', { doc }).then(async (suggest) => {
        update({ suggest });
        // Denial memory at coding time: the procedures about to be billed, for this payer.
        const codes = suggest.suggestions.filter((s) => s.recommended && s.system !== 'ICD-10-CM').map((s) => s.code);
        if (payer && codes.length > 0) update({ memory: await send('denialMemory', { payer, codes, modifiers: [] }) });
      }));
      jobs.push(send('decisionsFor', { docKey }).then((decisions) => update({ decisions })));
    }
    if (findings.eligibility) jobs.push(send('eligibilitySeen', { eligibility: findings.eligibility }));
    if (findings.claim) {
      const claim = findings.claim;
      jobs.push(send('check', { claim, eligibility: findings.eligibility ?? null })
        .then(({ flags, memory }) => update({ flags, memory, fields: findings.fields ?? {} })));
    }
    if (findings.denials) {
      jobs.push(send('triageDenials', { denials: findings.denials, remit: findings.remit ?? {} }).then((denials) => update({ denials })));
    }
    if (findings.identity) jobs.push(send('handoffList', { identity: findings.identity }).then((handoff) => update({ handoff })));
    ui.shadowHost.setAttribute('aria-busy', 'true');
    const settled = await Promise.allSettled(jobs);
    ui.shadowHost.setAttribute('aria-busy', 'false'); // every answer for this reading is in
    const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    update({ error: failures.length > 0 ? failures.map((f) => (f.reason as Error).message).join('; ') : undefined });
  }

  function toDocument(note: NonNullable<PageFindings['note']>): ClinicalDocument {
    textMap = extractText(note.roots);
    return {
      text: textMap.text,
      setting: note.setting ?? 'office',
      patient: note.patient ?? {},
      ...(note.dateOfService && { dateOfService: note.dateOfService }),
      source: { url: location.href },
    };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch(showError), debounceMs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !ui.shadowHost.contains(r.target))) refresh();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', refresh);
  ctx.addEventListener(document, 'input', (e) => !ui.shadowHost.contains(e.target as Node) && refresh(), { capture: true });
  ctx.addEventListener(document, 'change', refresh, { capture: true });
  ctx.addEventListener(document, 'selectionchange', refresh); // a selection means "code this part"

  // Frames load after us (Epic's nested note frames): re-read when any of them loads.
  ctx.addEventListener(document, 'load', (e) => e.target instanceof HTMLIFrameElement && refresh(), { capture: true });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string })?.type === 'togglePanel') update({ toggles: (state.toggles ?? 0) + 1 });
  });
  // Teammates' notes appear while the page is open; waiting outbox notes are retried too.
  ctx.setInterval(() => {
    if (findings.identity && document.visibilityState === 'visible') {
      send('handoffList', { identity: findings.identity }).then((handoff) => update({ handoff }), () => undefined);
    }
  }, handoffRefreshMs);
  await run().catch(showError);
}

/** A short, stable key for a note's text (FNV-1a): decisions are remembered per note, locally. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
