import type { DenialPattern } from '../../shared/denials/memory.ts';

/** The team's own history with this payer and these codes: a warning before the same denial again. */
export function DenialMemory({ patterns }: { patterns: DenialPattern[] }) {
  if (patterns.length === 0) return null;
  return (
    <section class="memory" aria-label="Denial history">
      <h2>Denial history</h2>
      <ul>
        {patterns.map((p) => (
          <li key={p.message} data-memory-carc={p.carc} class={p.matchesPending ? 'memory likely' : 'memory'}>
            {p.message}
            {p.matchesPending && <strong> This claim looks the same.</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
