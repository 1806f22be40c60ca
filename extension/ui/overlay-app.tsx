import { useState } from 'preact/hooks';
import type { Flag } from '../../shared/contracts/flag.ts';
import type { SuggestResult } from '../../shared/contracts/suggestion.ts';
import type { HandoffView } from '../messaging/protocol.ts';
import { FlagList } from './flag-list.tsx';
import { HandoffThread } from './handoff-thread.tsx';
import { SuggestionList } from './suggestion-list.tsx';

export interface OverlayState {
  suggest?: SuggestResult;
  flags?: Flag[];
  handoff?: HandoffView;
  error?: string;
}

interface Props {
  state: OverlayState;
  onSendNote(text: string): Promise<void>;
}

/**
 * A launcher with the count of findings and a collapsible panel. The panel's content is always
 * rendered (hidden by CSS while collapsed) so the CONTRACTS §5 hooks are present either way.
 */
export function OverlayApp({ state, onSendNote }: Props) {
  const [open, setOpen] = useState(false);
  const codes = state.suggest?.suggestions.filter((s) => s.recommended).length ?? 0;
  const flags = state.flags?.filter((f) => f.severity !== 'info').length ?? 0;
  const count = codes + flags;
  return (
    <div class={open ? 'chartside open' : 'chartside'}>
      <button class="launcher" type="button" aria-expanded={open} aria-controls="chartside-panel"
        title="Chartside (Alt+Shift+C)" onClick={() => setOpen(!open)}>
        <span class="logo">C</span>
        <span class="count" aria-label={`${count} findings`}>{count}</span>
      </button>
      <div id="chartside-panel" class="panel" role="dialog" aria-label="Chartside">
        <header>
          <strong>Chartside</strong>
          <button type="button" class="close" aria-label="Close panel" onClick={() => setOpen(false)}>×</button>
        </header>
        {state.error && <p class="error" role="alert">{state.error}</p>}
        {state.suggest && <SuggestionList result={state.suggest} />}
        {state.flags && <FlagList flags={state.flags} />}
        {state.handoff && <HandoffThread view={state.handoff} onSend={onSendNote} />}
      </div>
    </div>
  );
}
