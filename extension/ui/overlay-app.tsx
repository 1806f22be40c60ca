import { useEffect, useRef, useState } from 'preact/hooks';
import type { Flag } from '../../shared/contracts/flag.ts';
import type { SuggestResult } from '../../shared/contracts/suggestion.ts';
import type { DenialPattern } from '../../shared/denials/memory.ts';
import type { LineReport } from '../../shared/denials/triage/triage-remit.ts';
import type { Claim } from '../../shared/contracts/claim.ts';
import type { CoverageView } from '../adapters/types.ts';
import type { HandoffView } from '../messaging/protocol.ts';
import type { PageKind } from '../page-kind/cues.ts';
import type { ClaimEdits } from '../readers/claim-edits.ts';
import { CoverageCard } from './coverage-card.tsx';
import { usePanelAside } from './panel-aside.ts';
import { PageKindPicker } from './page-kind-picker.tsx';
import { WhatIRead } from './what-i-read.tsx';
import type { DecisionState, OverlayActions } from './actions.ts';
import { FieldMarkers } from './field-markers.tsx';
import { DenialList } from './denial-list.tsx';
import { DenialMemory } from './denial-memory.tsx';
import { EncounterPanel, type EncounterView } from './encounter-panel.tsx';
import { NoteOutline } from './note-outline.tsx';
import { FlagList } from './flag-list.tsx';
import { HandoffThread } from './handoff-thread.tsx';
import { PagePicker } from './page-picker.tsx';
import { SuggestionList } from './suggestion-list.tsx';

export interface OverlayState {
  suggest?: SuggestResult;
  flags?: Flag[];
  fields?: Record<string, Element>;
  handoff?: HandoffView;
  denials?: LineReport[];
  memory?: DenialPattern[];
  decisions?: Record<string, DecisionState>;
  error?: string;
  /** Bumped by the keyboard shortcut to toggle the panel. */
  toggles?: number;
  /** Pick mode of "teach this page", with the overlay's host to ignore; whether this site was taught. */
  picking?: { host: Element; prompt: string; propose?: (el: Element) => Element };
  taught?: boolean;
  /** The encounter the note is coded with, and the note area read (outlined on request). */
  encounter?: EncounterView;
  noteEl?: Element;
  /** The page kind (CONTRACTS §5), why, and the kind the user chose for this site. */
  kind?: PageKind;
  kindWhy?: string[];
  chosenKind?: PageKind;
  /** Claim as read (with the biller's corrections), its fields' screen labels, what was taught. */
  claim?: Claim;
  labels?: Record<string, string>;
  edits?: ClaimEdits;
  taughtClaim?: string[];
  canUndo?: boolean;
  coverage?: CoverageView;
}

interface Props {
  state: OverlayState;
  actions: OverlayActions;
}

/**
 * A launcher with the count of findings and a collapsible panel. The panel's content is always
 * rendered (hidden by CSS while collapsed) so the CONTRACTS §5 hooks are present either way.
 */
export function OverlayApp({ state, actions }: Props) {
  const [open, setOpen] = useState(false);
  const [outlined, setOutlined] = useState(false);
  const close = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // "What I read" opens by itself when nothing was read (there is teaching to do), then stays as the biller leaves it.
  const [readOpen, setReadOpen] = useState<boolean | undefined>(undefined);
  const aside = usePanelAside(panel, open, state.flags, state.fields);
  const launcher = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Keyboard users land in the panel when it opens and back on the launcher when it closes.
  useEffect(() => {
    if (open) close.current?.focus();
    else if (opened.current) launcher.current?.focus();
    opened.current ||= open;
  }, [open]);
  useEffect(() => {
    if (state.toggles) setOpen((o) => !o);
  }, [state.toggles]);
  const codes = state.suggest?.suggestions.filter((s) => s.recommended).length ?? 0;
  const flags = state.flags?.filter((f) => f.severity !== 'info').length ?? 0;
  const denied = state.denials?.filter((l) => l.status === 'denied').length ?? 0;
  const lapsed = state.coverage?.status === 'inactive' ? 1 : 0; // coverage ended: a finding for the biller
  const count = codes + flags + denied + lapsed;
  if (state.picking && actions.pick && actions.cancelTeach) {
    return (
      <PagePicker
        host={state.picking.host}
        prompt={state.picking.prompt}
        onPick={actions.pick}
        onCancel={actions.cancelTeach}
        {...(state.picking.propose && { propose: state.picking.propose })}
      />
    );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any focused control inside closes the panel
    <div class={`chartside${open ? ' open' : ''}${aside.side === 'left' ? ' aside-left' : ''}`} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      {state.flags && state.fields && <FieldMarkers flags={state.flags} fields={state.fields} />}
      {outlined && state.noteEl?.isConnected && (
        <NoteOutline el={state.noteEl} label="Chartside reads this area as the note">
          <button type="button" onClick={() => setOutlined(false)}>
            Hide
          </button>
        </NoteOutline>
      )}
      <button
        ref={launcher}
        class="launcher"
        type="button"
        aria-expanded={open}
        aria-controls="chartside-panel"
        aria-label={`Chartside, ${count} findings`}
        title="Chartside (Alt+Shift+C)"
        onClick={() => setOpen(!open)}
      >
        <span class="logo" aria-hidden="true">
          C
        </span>
        <span class="count" aria-hidden="true">
          {count}
        </span>
      </button>
      <div
        ref={panel}
        id="chartside-panel"
        class="panel"
        style={aside.maxHeight ? { maxHeight: `${aside.maxHeight}px` } : undefined}
        role="dialog"
        aria-label="Chartside"
        aria-hidden={!open}
      >
        <header>
          <strong>Chartside</strong>
          <button ref={close} type="button" class="close" aria-label="Close panel" onClick={() => setOpen(false)}>
            ×
          </button>
        </header>
        {state.kind && <PageKindPicker kind={state.kind} why={state.kindWhy} chosen={state.chosenKind} onChoose={actions.setKind} />}
        {state.error && (
          <p class="error" role="alert">
            {state.error}
          </p>
        )}
        {state.coverage && <CoverageCard coverage={state.coverage} />}
        {state.memory && <DenialMemory patterns={state.memory} />}
        {state.encounter && actions.correctEncounter && (
          <EncounterPanel view={state.encounter} onCorrect={actions.correctEncounter} onShowNote={() => setOutlined((o) => !o)} />
        )}
        {state.suggest && <SuggestionList result={state.suggest} actions={actions} decisions={state.decisions} />}
        {state.flags && <FlagList flags={state.flags} labels={state.labels} />}
        {state.kind === 'claim' && actions.editField && actions.teachClaimField && actions.undoTeach && (
          <WhatIRead
            claim={state.claim}
            labels={state.labels ?? {}}
            flags={state.flags ?? []}
            edits={state.edits ?? {}}
            taught={state.taughtClaim ?? []}
            canUndo={!!state.canUndo}
            open={readOpen ?? !state.claim?.lines.length}
            onToggle={setReadOpen}
            onEdit={actions.editField}
            onTeach={actions.teachClaimField}
            onUndo={actions.undoTeach}
          />
        )}
        {state.denials && <DenialList lines={state.denials} onSend={state.handoff?.joined ? actions.sendDenials : undefined} />}
        {state.handoff && actions.sendNote && <HandoffThread view={state.handoff} onSend={actions.sendNote} onUpdate={actions.updateThread} />}
        <div class="teach">
          <button type="button" onClick={() => actions.teach?.('note')}>
            Teach this page
          </button>
          <button type="button" onClick={() => actions.teach?.('claim')}>
            Teach claim fields
          </button>
          {state.taught && (
            <button type="button" onClick={() => actions.forgetTaught?.()}>
              Forget what I taught
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
