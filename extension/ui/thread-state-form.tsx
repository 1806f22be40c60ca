import { useEffect, useState } from 'preact/hooks';
import type { ThreadPatch, ThreadState } from '../../shared/contracts/handoff.ts';
import { rootCauses, threadStatuses } from '../../shared/contracts/thread-words.ts';

interface Props {
  thread: ThreadState;
  onSave(patch: ThreadPatch): Promise<void>;
}

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
const label: Record<string, string> = {
  open: 'Open',
  'waiting-on-coder': 'Waiting on coder',
  'waiting-on-biller': 'Waiting on biller',
  resolved: 'Resolved',
  coding: 'Coding',
  billing: 'Billing',
  registration: 'Registration',
  payer: 'Payer',
};

/** Status, root cause, denial codes and due date of the claim's thread, saved on the version seen. */
export function ThreadStateForm({ thread, onSave }: Props) {
  const [draft, setDraft] = useState(() => fromThread(thread));
  // The version the user's edits start from: a newer thread arriving while they edit does not
  // overwrite their draft, and saving it then meets a 409 instead of silently winning.
  const [base, setBase] = useState(thread.version);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (dirty) return;
    setDraft(fromThread(thread));
    setBase(thread.version);
  }, [thread.version, dirty]);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await onSave({
        baseVersion: base,
        status: draft.status as ThreadState['status'],
        rootCause: (draft.rootCause || null) as ThreadPatch['rootCause'],
        carc: list(draft.carc),
        rarc: list(draft.rarc),
        dueDate: draft.dueDate || null,
      });
      setDirty(false); // saved, or refused as stale: either way show the thread as it now is
    } catch (err) {
      setError((err as Error).message); // not sent (offline): keep the draft
    }
  };
  const set = (k: keyof typeof draft) => (e: Event) => {
    setDraft({ ...draft, [k]: (e.target as HTMLInputElement).value });
    setDirty(true);
  };
  return (
    <form class="thread-state" onSubmit={save} aria-label="Thread status">
      <label>
        Status{' '}
        <select name="status" value={draft.status} onChange={set('status')}>
          {threadStatuses.map((s) => (
            <option key={s} value={s}>
              {label[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Root cause{' '}
        <select name="rootCause" value={draft.rootCause} onChange={set('rootCause')}>
          <option value="">Not known yet</option>
          {rootCauses.map((r) => (
            <option key={r} value={r}>
              {label[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        CARC <input name="carc" value={draft.carc} placeholder="97, 16" onInput={set('carc')} />
      </label>
      <label>
        RARC <input name="rarc" value={draft.rarc} placeholder="N130" onInput={set('rarc')} />
      </label>
      <label>
        Due <input name="dueDate" type="date" value={draft.dueDate} onInput={set('dueDate')} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Save thread</button>
    </form>
  );
}

function fromThread(t: ThreadState) {
  return { status: t.status, rootCause: t.rootCause ?? '', carc: t.carc.join(', '), rarc: t.rarc.join(', '), dueDate: t.dueDate ?? '' };
}
