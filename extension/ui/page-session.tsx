import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ClinicalDocument } from '../../shared/contracts/suggestion.ts';
import { loadTaught, type TaughtPage } from '../settings/taught.ts';
import { readPage } from '../page-kind/read-page.ts';
import { extractText, type TextMap } from '../dom/text-map.ts';
import type { PageFindings } from '../adapters/types.ts';
import { applyEdits, type ClaimEdits } from '../readers/claim-edits.ts';
import { send } from '../messaging/send.ts';
import type { EncounterPatch } from './encounter-panel.tsx';
import { type FrameNote, FrameNotes, frameNoteOnPage, frameSelectionWatcher } from './frame-notes.ts';
import { encounterView, noteDocument } from './note-context.ts';
import { watchHandoff } from '../messaging/watch-handoff.ts';
import { managedChanges } from '../settings/managed-changes.ts';
import type { OverlayActions } from './actions.ts';
import { clearHighlight, highlightRange } from './highlight.ts';
import { OverlayApp, type OverlayState } from './overlay-app.tsx';
import { debounced, watchPage, yieldToPage } from './page-watch.ts';
import { RenderQueue } from './render-queue.ts';
import { TeachSession } from './teach-session.ts';
import { billerCss, markerCss, memoryCss, overlayCss, pickerCss, threadCss } from './overlay-styles.ts';

const debounceMs = 400;
const handoffRefreshMs = 5000;

/**
 * One page's lifecycle: read the page through its adapter, ask the background, render the
 * overlay in an open shadow root; re-read on in-page navigation, DOM changes and form edits
 * (debounced). Any failure is shown in the panel; the host page is never broken or rewritten.
 */
export async function startPageSession(ctx: ContentScriptContext): Promise<void> {
  // Evaluating the bundle is one task on the host page; the session starts in the next one.
  await yieldToPage();
  let state: OverlayState = {};
  let findings: PageFindings = {};
  let textMap: TextMap | undefined;
  let docKey = '';
  let lastSignature = '';
  let container: HTMLElement | undefined;
  // What the user taught on this site; the session's own functions are defined below (hoisted or
  // called only after the overlay is mounted).
  const teach = new TeachSession(await loadTaught(location.origin).catch((): TaughtPage => ({})), {
    host: () => ui.shadowHost,
    update: (patch) => update(patch),
    rerun: () => rerun(),
    showError: (err) => showError(err),
  });
  const corrections = new Map<string, EncounterPatch>(); // per note (docKey), while the page is open
  const frames = new FrameNotes(); // notes in cross-origin frames, read there and reported here
  let frameId: number | undefined; // the frame whose note is coded, when it is one
  let coded: { doc: ClinicalDocument; payer: string | undefined } | undefined;
  // The biller's corrections of claim values as read, for the claim they were made on.
  let edits: ClaimEdits = {};
  let editsFor = '';
  const rerun = () => {
    lastSignature = '';
    return run().catch(showError);
  };

  const actions: OverlayActions = {
    ...teach.actions,
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
    editField(path, value) {
      edits = { ...edits, [path]: value };
      update({ edits });
      void rerun();
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
  // Updates are drawn together in a task of their own (render-queue.ts).
  const renders = new RenderQueue(() => container && render(<OverlayApp state={state} actions={actions} />, container));
  const draw = () => renders.request();
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
      renders.cancel();
      if (container) render(null, container);
      container = undefined;
      clearHighlight();
    },
  });
  ui.mount();
  update({ taught: Object.keys(teach.taught).length > 0, chosenKind: teach.taught.kind });

  async function run(): Promise<void> {
    hookFrames();
    // Mounting, reading the page and extracting the note are each tens of milliseconds on a large
    // chart: the page gets the main thread back between them.
    await yieldToPage();
    findings = await readPage(teach.taught, yieldToPage);
    await yieldToPage();
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
      taughtClaim: Object.keys(teach.taught.claim ?? {}),
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
    const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    update({ error: failures.length > 0 ? failures.map((f) => (f.reason as Error).message).join('; ') : undefined });
    await renders.drawn();
    ui.shadowHost.setAttribute('aria-busy', 'false'); // every answer for this reading is in, and drawn
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

  const refresh = debounced(() => void run().catch(showError), debounceMs);
  watchPage(ctx, ui.shadowHost, refresh);
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
