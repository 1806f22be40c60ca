import { useState } from 'preact/hooks';
import { type InsightFilters, noFilters } from './api.ts';

/** Date range, payer and person; applied on submit (Enter works in every field). */
export function FilterBar({
  value,
  payers,
  people,
  onApply,
}: {
  value: InsightFilters;
  payers: string[];
  people: string[];
  onApply: (f: InsightFilters) => void;
}) {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof InsightFilters) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });
  // A filter value no longer in the data (or typed by hand) is still offered, so the select shows it.
  const withCurrent = (xs: string[], v: string) => (v && !xs.includes(v) ? [...xs, v] : xs);
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => (e.preventDefault(), onApply(draft))}>
      <label>
        From <input id="f-from" type="date" value={draft.from} onInput={set('from')} />
      </label>
      <label>
        To <input id="f-to" type="date" value={draft.to} onInput={set('to')} />
      </label>
      <label>
        Payer
        <select id="f-payer" value={draft.payer} onChange={set('payer')}>
          <option value="">All payers</option>
          {withCurrent(payers, draft.payer).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Person
        <select id="f-person" value={draft.person} onChange={set('person')}>
          <option value="">Everyone</option>
          {withCurrent(people, draft.person).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" id="f-apply">
        Apply filters
      </button>
      <button type="button" id="f-clear" onClick={() => (setDraft(noFilters), onApply(noFilters))}>
        Clear
      </button>
    </form>
  );
}
