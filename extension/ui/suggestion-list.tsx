import type { SuggestResult } from '../../shared/contracts/suggestion.ts';

/** Recommended codes first, each with its evidence and the reasons behind it (CONTRACTS §5 hooks). */
export function SuggestionList({ result }: { result: SuggestResult }) {
  const ordered = [...result.suggestions].sort((a, b) => Number(b.recommended) - Number(a.recommended));
  return (
    <section aria-label="Suggested codes">
      <h2>Suggested codes</h2>
      {ordered.length === 0 && <p class="empty">No codable findings in the visible documentation.</p>}
      <ul class="codes">
        {ordered.map((s) => (
          <li
            key={`${s.system}:${s.code}`}
            data-code={s.code}
            data-system={s.system}
            {...(s.recommended && { 'data-recommended': 'true' })}
            class={s.recommended ? 'code recommended' : 'code'}
          >
            <div class="code-head">
              <span class="code-id">{s.code}</span>
              <span class="code-title">{s.title}</span>
              <span class="confidence" title="confidence">{Math.round(s.confidence * 100)}%</span>
            </div>
            <div class="evidence">{s.evidence.map((e) => <q key={e.start}>{e.text}</q>)}</div>
            <ul class="why">{s.why.map((w) => <li key={w}>{w}</li>)}</ul>
          </li>
        ))}
      </ul>
      {result.suppressed.length > 0 && (
        <details class="suppressed">
          <summary>Why not coded ({result.suppressed.length})</summary>
          <ul>
            {result.suppressed.map((s, i) => (
              <li key={i} data-suppressed-code={s.code} data-reason={s.reason}>
                <span class="code-id">{s.code}</span> {s.reason}: <q>{s.evidence[0]?.text}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
