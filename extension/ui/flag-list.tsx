import type { Flag } from '../../shared/contracts/flag.ts';

/** Denial risks: each names its rule, the field, the CARC a payer would send, and the fix. */
export function FlagList({ flags }: { flags: Flag[] }) {
  return (
    <section aria-label="Denial risks">
      <h2>Denial risks</h2>
      {flags.length === 0 && <p class="empty">No denial risks found on this claim.</p>}
      <ul class="flags">
        {flags.map((f, i) => (
          <li key={i} data-rule={f.rule} data-field={f.field} class={`flag ${f.severity}`}>
            <div class="flag-head">
              <span class="severity">{f.severity}</span> <span class="rule">{f.rule}</span>
              {f.carc && <span class="carc">CARC {f.carc}</span>}
            </div>
            <div class="field">{f.field}</div>
            <div class="message">{f.message}</div>
            <div class="fix">Fix: {f.fix}</div>
            <div class="source">{f.source}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
