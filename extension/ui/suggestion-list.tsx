import { useState } from 'preact/hooks';
import type { Suggestion, SuggestResult } from '../../shared/contracts/suggestion.ts';
import type { DecisionState, OverlayActions } from './actions.ts';

interface Props {
  result: SuggestResult;
  actions?: OverlayActions;
  decisions?: Record<string, DecisionState>;
}

/** Long notes repeat a diagnosis many times; a few spans are enough to show where. */
const maxEvidence = 3;

const key = (s: Pick<Suggestion, 'system' | 'code'>) => `${s.system}:${s.code}`;

/** Recommended codes first, each with its evidence and the reasons behind it (CONTRACTS §5 hooks). */
export function SuggestionList({ result, actions, decisions = {} }: Props) {
  const ordered = [...result.suggestions].sort((a, b) => Number(b.recommended) - Number(a.recommended) || Number(b.first) - Number(a.first));
  const accepted = ordered
    .filter((s) => decisions[key(s)]?.decision === 'accepted' || decisions[key(s)]?.decision === 'edited')
    .map((s) => decisions[key(s)]?.editedTo ?? s.code);
  return (
    <section aria-label="Suggested codes">
      <h2>Suggested codes</h2>
      {ordered.length === 0 && <p class="empty">No codable findings in the visible documentation.</p>}
      <ul class="codes">
        {ordered.map((s) => (
          <SuggestionItem key={key(s)} s={s} actions={actions} state={decisions[key(s)]} />
        ))}
      </ul>
      {actions?.decide && (
        <button type="button" class="copy" disabled={accepted.length === 0} onClick={() => void navigator.clipboard.writeText(accepted.join(', '))}>
          Copy accepted codes{accepted.length > 0 ? ` (${accepted.length})` : ''}
        </button>
      )}
      {result.queries.length > 0 && (
        <section class="queries" aria-label="Documentation queries">
          <h2>Documentation queries</h2>
          <ul>
            {result.queries.map((q, i) => (
              <li key={i} data-query={q.topic}>
                {q.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.suppressed.length > 0 && (
        <details class="suppressed">
          <summary>Why not coded ({result.suppressed.length})</summary>
          <ul>
            {result.suppressed.map((s, i) => (
              <li key={i} data-suppressed-code={s.code} data-reason={s.reason}>
                <span class="code-id">{s.code}</span> {s.reason}
                {s.why ? ` (${s.why})` : ''}: <q>{s.evidence[0]?.text}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function SuggestionItem({ s, actions, state }: { s: Suggestion; actions?: OverlayActions; state?: DecisionState }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(s.code);
  return (
    <li
      data-code={s.code}
      data-system={s.system}
      {...(s.recommended && { 'data-recommended': 'true' })}
      data-decision={state?.decision ?? ''}
      class={s.recommended ? 'code recommended' : 'code'}
    >
      <div class="code-head">
        <span class="code-id">{state?.editedTo ?? s.code}</span>
        <span class="code-title">{s.title}</span>
        <span class="confidence" title="confidence">
          {Math.round(s.confidence * 100)}%
        </span>
      </div>
      <div class="evidence">
        {s.evidence.slice(0, maxEvidence).map((e) =>
          actions?.showEvidence ? (
            <button type="button" class="evidence-link" key={e.start} title="Show in the note" onClick={() => actions.showEvidence!(e.start, e.end)}>
              {e.text}
            </button>
          ) : (
            <q key={e.start}>{e.text}</q>
          ),
        )}
        {s.evidence.length > maxEvidence && <span class="more"> and {s.evidence.length - maxEvidence} more</span>}
      </div>
      <ul class="why">
        {s.why.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {actions?.decide && !editing && (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring form semantics and default borders; this is a button group
        <div class="decide" role="group" aria-label={`Decision for ${s.code}`}>
          <button type="button" class="accept" aria-pressed={state?.decision === 'accepted'} onClick={() => actions.decide!(s, 'accepted')}>
            Accept
          </button>
          <button type="button" class="reject" aria-pressed={state?.decision === 'rejected'} onClick={() => actions.decide!(s, 'rejected')}>
            Reject
          </button>
          <button type="button" class="edit" onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      )}
      {editing && (
        <form
          class="edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            actions?.decide?.(s, 'edited', draft.trim().toUpperCase());
            setEditing(false);
          }}
        >
          <label>
            Code <input value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit">Save</button>{' '}
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
