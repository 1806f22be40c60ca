import type { Flag } from '../../shared/contracts/flag.ts';

/** Denial risks: each names its rule, the field, the CARC a payer would send, and the fix. */
export function FlagList({ flags, labels = {} }: { flags: Flag[]; labels?: Record<string, string> }) {
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
            <div class="field" title={f.field}>
              {labels[f.field] ?? fieldWords(f.field)}
            </div>
            <div class="message">{f.message}</div>
            <div class="fix">Fix: {f.fix}</div>
            <div class="source">{f.source}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A field path in words when the screen gave no label: "lines[0].modifiers" -> "Line 1 modifiers". */
export function fieldWords(path: string): string {
  const words: Record<string, string> = {
    dateOfService: 'date of service',
    code: 'procedure',
    modifiers: 'modifiers',
    units: 'units',
    charge: 'charge',
    diagnosisPointers: 'diagnosis pointer',
    'patient.memberId': "insured's ID",
    'patient.dob': 'birth date',
    'patient.sex': 'sex',
    'patient.firstName': "patient's first name",
    'patient.lastName': "patient's last name",
    'billingProvider.npi': 'billing NPI',
    'renderingProvider.npi': 'rendering NPI',
    placeOfService: 'place of service',
    priorAuthorization: 'prior authorization',
    'payer.name': 'payer',
  };
  const line = path.match(/^lines\[(\d+)\](?:\.(\w+))?$/);
  if (line) return `Line ${Number(line[1]) + 1}${line[2] ? ` ${words[line[2]] ?? line[2]}` : ''}`;
  const dx = path.match(/^diagnoses\[(\d+)\]$/);
  if (dx) return `Diagnosis ${'ABCDEFGHIJKL'[Number(dx[1])] ?? Number(dx[1]) + 1}`;
  const w = words[path] ?? path;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
