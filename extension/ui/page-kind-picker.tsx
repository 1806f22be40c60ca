import { pageKinds, type PageKind } from '../page-kind/cues.ts';

const words: Record<PageKind, string> = {
  note: 'Clinical note',
  claim: 'Claim',
  eligibility: 'Eligibility',
  remittance: 'Remittance / claim status',
  other: 'Other page',
};

interface Props {
  kind: PageKind;
  why?: string[];
  /** The kind the user chose for this site, if any. */
  chosen?: PageKind;
  onChoose?(kind: PageKind | undefined): void;
}

/** What the page was decided to be, why, and a way to correct it for this site. */
export function PageKindPicker({ kind, why, chosen, onChoose }: Props) {
  return (
    <div class="page-kind" data-kind={kind}>
      <span class="kind-name" title={why?.join('\n')}>
        {words[kind]}
      </span>
      {onChoose && (
        <label>
          <span class="sr-only">Correct the page kind for this site</span>
          <select value={chosen ?? ''} onChange={(e) => onChoose(((e.target as HTMLSelectElement).value || undefined) as PageKind | undefined)}>
            <option value="">Decide from the page</option>
            {pageKinds.map((k) => (
              <option key={k} value={k}>
                This site: {words[k]}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'note' && <p class="kind-note">Code suggestions are given on clinical notes only.</p>}
    </div>
  );
}
