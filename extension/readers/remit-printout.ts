import { procShape } from './read-claim.ts';

/**
 * Remittance advice printed as fixed-width text (a `<pre>` printout, as many Medicaid and older
 * payer portals show the paper RA): one service line per text line. The header line's words
 * (billed/charge, allowed, paid) give the order of the amounts; group code + CARC and RARCs are
 * found in the line itself (X12 835 CAS and LQ codes as printed).
 */
export function printoutLines(doc: Document): Record<string, string | undefined>[] {
  const out: Record<string, string | undefined>[] = [];
  for (const pre of doc.querySelectorAll('pre')) {
    if (pre.closest('chartside-overlay')) continue;
    const lines = (pre.textContent ?? '').split('\n');
    const header = lines.find((l) => /billed|charge/i.test(l) && /paid/i.test(l)) ?? '';
    const order = (['billed', 'allowed', 'paid'] as const)
      .map((k) => ({ k, at: header.search(k === 'billed' ? /billed|charge/i : k === 'allowed' ? /allowed|approved/i : /paid/i) }))
      .filter((c) => c.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((c) => c.k);
    for (const line of lines) {
      if (line === header) continue;
      const proc = line.split(/\s+/).find((t) => procShape.test(t.split('-')[0] ?? ''));
      const amounts = line.match(/-?\$?[\d,]*\d\.\d{2}\b/g) ?? [];
      if (!proc || amounts.length === 0) continue;
      const row: Record<string, string | undefined> = {
        procedure: proc,
        dateOfService: line.match(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/)?.[0],
        adjustments: line,
        rarc: line,
      };
      (order.length ? order : (['billed', 'paid'] as const)).forEach(
        (k, i) => (row[k] = order.length ? amounts[i] : i === 0 ? amounts[0] : amounts[amounts.length - 1]),
      );
      out.push(row);
    }
  }
  return out;
}
