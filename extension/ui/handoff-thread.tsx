import { useState } from 'preact/hooks';
import type { ThreadPatch } from '../../shared/contracts/handoff.ts';
import type { HandoffView } from '../messaging/protocol.ts';
import { ThreadStateForm } from './thread-state-form.tsx';

interface Props {
  view: HandoffView | null;
  onSend(text: string): Promise<void>;
  onUpdate?(patch: ThreadPatch): Promise<void>;
}

/** The coder-biller thread for this claim; text is rendered as text, never as HTML. */
export function HandoffThread({ view, onSend, onUpdate }: Props) {
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!view) return null;
  if (!view.joined) {
    return (
      <section class="handoff">
        <h2>Handoff notes</h2>
        <p class="empty">Join your team in Chartside's options to share notes about this claim.</p>
      </section>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(draft);
      setDraft('');
    } catch (err) {
      setError((err as Error).message); // the draft stays: nothing typed is lost
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="handoff" aria-label="Handoff notes">
      <h2>Handoff notes</h2>
      {view.offline && (
        <p class="offline" role="status">
          {view.offline}
        </p>
      )}
      {view.conflict && (
        <p class="error" role="alert">
          {view.conflict}
        </p>
      )}
      {view.thread && onUpdate && <ThreadStateForm thread={view.thread} onSave={onUpdate} />}
      <ol class="notes">
        {view.notes.map((n) => (
          <li key={n.id} class="handoff-note" data-note-id={n.id} data-pending={n.pending ? 'true' : 'false'}>
            <span class="author">{n.authorRole}</span> <time>{new Date(n.createdAt).toLocaleString()}</time>
            {n.pending && <span class="pending"> (waiting to sync)</span>}
            <p class="note-text">{n.text}</p>
          </li>
        ))}
      </ol>
      <form class="note-form" onSubmit={submit}>
        <label>
          <span class="sr-only">New note</span>
          <textarea
            name="handoff-note"
            rows={3}
            placeholder="Note for the coder or biller on this claim"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy || !draft.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
