import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { forgetTaught, loadTaught, saveTaught, selectorFor, teachSteps, type TaughtPage, type TeachStep } from '../settings/taught.ts';
import { readPage } from '../page-kind/read-page.ts';
import { extractText, type TextMap } from '../dom/text-map.ts';
import type { PageFindings } from '../adapters/types.ts';
import { applyEdits, type ClaimEdits } from '../readers/claim-edits.ts';
import { spotFor, teachable, type TaughtClaim } from '../readers/taught-claim.ts';
import { send } from '../messaging/send.ts';
import { proposeNoteArea } from '../page-model/note-finder.ts';
import { pageLines } from '../page-model/page-lines.ts';
import type { EncounterPatch } from './encounter-panel.tsx';
import { type FrameNote, FrameNotes, frameNoteOnPage, frameSelectionWatcher } from './frame-notes.ts';
import { encounterView, noteDocument } from './note-context.ts';
import { watchHandoff } from '../messaging/watch-handoff.ts';
import { managedChanges } from '../settings/managed-changes.ts';
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
  const corrections = new Map<string, EncounterPatch>(); // per note (docKey), while the page is open
  const frames = new FrameNotes(); // notes in cross-origin frames, read there and reported here
  let frameId: number | undefined; // the frame whose note is coded, when it is one
  let coded: { doc: ClinicalDocument; payer: string | undefined } | undefined;
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
      if (frameId !== undefined) return void send('showInFrame', { frameId, start, end }).catch(() => undefined);
      const range = textMap?.rangeFor(start, end);
      if (range) highlightRange(range);
    },
    decide(s, decision, editedTo) {
      void send('decide', { docKey, system: s.system, code: s.code, decision, ...(editedTo && { editedTo }) }).then(
        (decisions) => update({ decisions }),
        showError,
      );
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
      const propose = what === 'note' ? proposeNoteArea(pageLines(document)) : undefined;
      update({ picking: { host: ui.shadowHost, prompt: teachSteps[steps[0]!], ...(propose && { propose }) } });
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
      if (!next) void saveTaught(location.origin, { ...taught, taughtAt: new Date().toISOString() }).then(rerun, showError);
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
    correctEncounter(patch) {
      corrections.set(docKey, { ...corrections.get(docKey), ...patch });
      void rerun();
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
    hookFrames();
    findings = readPage(taught);
    // A note reported by a cross-origin frame makes this a note page unless the top shows billing.
    const inFrame = findings.claim || findings.eligibility || findings.denials ? undefined : frames.choose(findings.note, document);
    frameId = inFrame?.frameId;
    const kind = inFrame ? 'note' : (findings.kind ?? 'other');
    ui.shadowHost.setAttribute('data-page-kind', kind); // CONTRACTS §5
    const claimKey = JSON.stringify(findings.identity ?? null);
    if (claimKey !== editsFor) [edits, editsFor] = [{}, claimKey]; // another claim: earlier corrections do not apply
    if (findings.claim) findings.claim = applyEdits(findings.claim, edits);
    const doc = inFrame ? frameDocument(inFrame) : findings.note ? toDocument(findings.note) : undefined;
    if (!doc) update({ suggest: undefined, encounter: undefined, noteEl: undefined }); // no note: nothing coded
    const signature = JSON.stringify([
      kind,
      doc?.text,
      doc?.setting,
      doc?.patient,
      doc?.dateOfService,
      findings.claim,
      findings.eligibility,
      findings.coverage,
      findings.identity,
      findings.denials,
    ]);
    if (signature === lastSignature) {
      if (findings.fields) update({ fields: findings.fields }); // same claim, elements may have moved
      return;
    }
    lastSignature = signature;
    coded = undefined;
    // What this kind of page shows; what an earlier kind showed goes (only a note gets suggestions).
    update({
      kind,
      kindWhy: findings.kindWhy,
      labels: findings.labels ?? {},
      coverage: findings.coverage,
      claim: findings.claim,
      edits,
      taughtClaim: Object.keys(taught.claim ?? {}),
      fields: findings.fields ?? {},
      ...(!doc && { suggest: undefined, decisions: undefined }),
      ...(!findings.claim && { flags: undefined }),
      ...(!findings.denials && { denials: undefined }),
      ...(!doc && !findings.claim && { memory: undefined }),
    });
    const jobs: Promise<unknown>[] = [];
    if (doc) {
      coded = { doc, payer: findings.note?.payer };
      jobs.push(code(coded.doc, coded.payer));
      jobs.push(send('decisionsFor', { docKey }).then((decisions) => update({ decisions })));
    }
    if (findings.eligibility) jobs.push(send('eligibilitySeen', { eligibility: findings.eligibility }));
    if (findings.claim) {
      const claim = findings.claim;
      jobs.push(
        send('check', { claim, eligibility: findings.eligibility ?? null }).then(({ flags, memory }) =>
          update({ flags, memory, fields: findings.fields ?? {} }),
        ),
      );
    }
    if (findings.denials) {
      jobs.push(send('triageDenials', { denials: findings.denials, remit: findings.remit ?? {} }).then((denials) => update({ denials })));
    }
    if (findings.identity) jobs.push(listThreads(findings.identity));
    ui.shadowHost.setAttribute('aria-busy', 'true');
    const settled = await Promise.allSettled(jobs);
    ui.shadowHost.setAttribute('aria-busy', 'false'); // every answer for this reading is in
    const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    update({ error: failures.length > 0 ? failures.map((f) => (f.reason as Error).message).join('; ') : undefined });
  }

  async function code(doc: ClinicalDocument, payer: string | undefined): Promise<void> {
    const suggest = await send('suggest', { doc });
    update({ suggest });
    // Denial memory at coding time: the procedures about to be billed, for this payer.
    const codes = suggest.suggestions.filter((s) => s.recommended && s.system !== 'ICD-10-CM').map((s) => s.code);
    if (payer && codes.length > 0) update({ memory: await send('denialMemory', { payer, codes, modifiers: [] }) });
  }

  async function listThreads(identity: NonNullable<PageFindings['identity']>): Promise<void> {
    update({ handoff: await send('handoffList', { identity }) });
  }

  function toDocument(note: NonNullable<PageFindings['note']>) {
    textMap = extractText(note.roots, { ...(note.range && { within: note.range }) });
    docKey = fingerprint(textMap.text);
    const encounter = encounterView(note, corrections.get(docKey));
    update({ encounter, noteEl: note.roots[0] });
    return noteDocument(textMap.text, encounter, location.href);
  }

  /** A note from a cross-origin frame, coded with the encounter this page's banner shows. */
  function frameDocument(note: FrameNote) {
    textMap = undefined;
    docKey = fingerprint(note.text);
    const view = encounterView(frameNoteOnPage(note, document), corrections.get(docKey));
    update({ encounter: view, noteEl: undefined });
    return noteDocument(note.text, view, location.href);
  }
  const hookFrames = frameSelectionWatcher(ctx, document, () => refresh());

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
  browser.runtime.onMessage.addListener((message: unknown, _sender, reply: (r: unknown) => void) => {
    if ((message as { type?: string })?.type === 'togglePanel') update({ toggles: (state.toggles ?? 0) + 1 });
    else if (frames.accept(message)) {
      reply(true); // the frame stops retrying
      refresh();
    }
  });
  // The page started with the settings known at once; a policy that answers later (or changes)
  // re-runs only what it alters: the codes (code-set year) and the team's threads (sync, worker).
  const onSettings = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const changed = managedChanges(changes, area);
    if (coded && changed.has('codeSetYear')) void code(coded.doc, coded.payer).catch(showError);
    if (findings.identity && (changed.has('sync') || changed.has('workerUrl'))) void listThreads(findings.identity).catch(showError);
  };
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
  // Teammates' notes appear live; while the stream is down the page polls (retrying the outbox too).
  watchHandoff(
    ctx,
    () => findings.identity,
    () => {
      if (findings.identity) void listThreads(findings.identity).catch(() => undefined);
    },
    handoffRefreshMs,
  );
  await run().catch(showError);
}

/** A short, stable key for a note's text (FNV-1a): decisions are remembered per note, locally. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
