import type { CoverageView } from '../adapters/types.ts';

/** The eligibility response as read (CONTRACTS §5 `data-eligibility`); kept for the member's claims. */
export function CoverageCard({ coverage: c }: { coverage: CoverageView }) {
  return (
    <section
      aria-label="Eligibility"
      class="coverage"
      data-eligibility=""
      data-coverage-status={c.status}
      data-coverage-start={c.start}
      data-coverage-end={c.end}
      data-member-id={c.memberId}
    >
      <h2>Eligibility</h2>
      <p class={`coverage-status ${c.status}`}>Coverage {c.status === 'unknown' ? 'status not shown' : c.status}</p>
      <dl>
        {c.memberId && (
          <>
            <dt>Member ID</dt>
            <dd>{c.memberId}</dd>
          </>
        )}
        {c.payer && (
          <>
            <dt>Payer</dt>
            <dd>{c.payer}</dd>
          </>
        )}
        {c.plan && (
          <>
            <dt>Plan</dt>
            <dd>{c.plan}</dd>
          </>
        )}
        <dt>Coverage</dt>
        <dd>
          {c.start ?? '?'} to {c.end ?? 'no end date shown'}
        </dd>
      </dl>
      {c.status !== 'unknown' && c.memberId && <p class="empty">Used in the check of this member's claims.</p>}
    </section>
  );
}
