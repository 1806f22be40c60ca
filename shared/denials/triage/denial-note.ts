import type { NextAction } from '../../contracts/denial-record.ts';
import type { LineReport } from './triage-remit.ts';

/** The next action in a biller's words. */
export const actionWords: Record<NextAction, string> = {
  'corrected-claim': 'send a corrected claim',
  appeal: 'appeal',
  rebill: 'send a new claim',
  reopening: 'request a reopening',
  'write-off': 'write off',
  'bill-patient': 'bill the patient',
  none: 'nothing to do',
};

/**
 * The handoff note a denial puts on its claim's thread: one line per actionable service line,
 * each with the codes, the adjustments and remarks, who fixes it, what to do and by when, and the
 * date the deadline counts from. Lines are joined with line breaks, which the note keeps.
 */
export function denialNote(lines: LineReport[]): string {
  const actionable = lines.filter((l) => l.triage && l.triage.origin !== 'informational');
  return [
    'Denial received:',
    ...actionable.map((l) => {
      const t = l.triage!;
      const code = [l.procedure, ...l.modifiers].join('-');
      const adj = l.adjustments.map((a) => `${a.group}-${a.carc} $${a.amount.toFixed(2)}`).join(', ');
      const d = t.deadline;
      const by = d ? ` by ${d.due} (${d.days} days from the ${d.counts} ${d.from})` : '';
      return `- ${code} ${l.dateOfService ?? ''}: ${adj}${l.rarc.length ? ` (${l.rarc.join(', ')})` : ''} -> ${t.origin}, ${t.owner}: ${actionWords[t.action]}${by}`;
    }),
  ].join('\n');
}
