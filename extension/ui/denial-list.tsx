import { useState } from 'preact/hooks';
import type { LineReport } from '../../shared/denials/triage/triage-remit.ts';

interface Props {
  lines: LineReport[];
  onSend?(): Promise<void>;
}

const words: Record<string, string> = {
  'payer-policy': 'payer policy',
  'patient-responsibility': 'patient responsibility',
  'front-desk': 'front desk',
  'corrected-claim': 'corrected claim',
  'write-off': 'write off',
  'bill-patient': 'bill the patient',
};
const say = (w: string) => words[w] ?? w;

/** Each denied line with where it came from, who fixes it, what to do and by when, and why. */
export function DenialList({ lines, onSend }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | string>('idle');
  const owners = [...new Set(lines.flatMap((l) => (l.triage && l.triage.origin !== 'informational' ? [l.triage.owner] : [])))];
  const send = async () => {
    setState('busy');
    try {
      await onSend?.();
      setState('sent');
    } catch (err) {
      setState((err as Error).message);
    }
  };
  return (
    <section aria-label="Denials" class="denials">
      <h2>Denials</h2>
      <ul>
        {lines.map((l, i) => (
          <li key={i} class={`denial ${l.status}`} {...(l.status !== 'paid' && denialHook(l, i))}>
            <div class="denial-head">
              <span class="code-id">{l.procedure}</span> <span>{l.status}</span>
              {l.adjustments.map((a) => (
                <span class="carc" key={`${a.group}${a.carc}`}>
                  {a.group}-{a.carc} ${a.amount.toFixed(2)}
                </span>
              ))}
              {l.rarc.map((r) => (
                <span class="carc" key={r}>
                  {r}
                </span>
              ))}
            </div>
            {l.triage && (
              <details>
                <summary>
                  {say(l.triage.origin)} · {say(l.triage.owner)} · {say(l.triage.action)}
                  {l.triage.deadline && (
                    <>
                      {' '}
                      · due <time>{l.triage.deadline.due}</time>
                    </>
                  )}
                </summary>
                <ul class="why">
                  {Object.values(l.triage.reasons).map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      {onSend && owners.length > 0 && (
        <button type="button" class="send-denials" disabled={state === 'busy' || state === 'sent'} onClick={() => void send()}>
          {state === 'sent' ? 'Sent to the claim thread' : `Send to ${owners.map(say).join(' and ')} in the claim thread`}
        </button>
      )}
      {state !== 'idle' && state !== 'busy' && state !== 'sent' && (
        <p class="error" role="alert">
          {state}
        </p>
      )}
    </section>
  );
}

/**
 * CONTRACTS §5 hook of an adjusted or denied line: the headline adjustment's group and CARC, the
 * line's RARCs, and the triage's origin and owner (as `chartside remit --json` words them).
 */
function denialHook(l: LineReport, i: number): Record<string, string | number> {
  const head = l.adjustments.find((a) => a.triage.carc === l.triage?.carc && a.triage.group === l.triage?.group) ?? l.adjustments[0];
  return {
    'data-denial-line': i,
    'data-group': head?.group ?? '',
    'data-carc': head?.carc ?? '',
    'data-rarc': l.rarc.join(' '),
    'data-origin': l.triage?.origin ?? '',
    'data-owner': l.triage?.owner ?? '',
  };
}
