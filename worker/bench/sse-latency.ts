import type { Change } from '../../shared/contracts/handoff.ts';
import { SseParser } from '../../shared/sync/sse.ts';

const json = { 'content-type': 'application/json' };

/**
 * Opens `subscribers` SSE streams on a fresh team (one member each: streams per member are capped), then makes
 * `writes` notes one after another and times write -> arrival at every subscriber.
 */
export async function sseLatency(url: string, leadToken: string, subscribers: number, writes: number): Promise<number[]> {
  const tokens: string[] = [];
  for (let i = 0; i < subscribers; i++) {
    const r = await fetch(`${url}/teams/members`, { method: 'POST', headers: { ...json, authorization: `Bearer ${leadToken}` }, body: JSON.stringify({ name: `s${i}`, role: 'coder' }) });
    tokens.push(((await r.json()) as { token: string }).token);
  }
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  const abort = new AbortController();
  let arrivals = 0;
  const ready: Promise<void>[] = tokens.map(async (token) => {
    const res = await fetch(`${url}/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          for (const ev of parser.push(value)) {
            const ch = JSON.parse(ev.data) as Change;
            const t0 = ch.kind === 'note' ? sentAt.get(ch.note.id) : undefined;
            if (t0 !== undefined) (samples.push(performance.now() - t0), arrivals++);
          }
        }
      } catch {
        /* aborted */
      }
    })();
  });
  await Promise.all(ready);
  const key = 'b'.repeat(64);
  for (let i = 0; i < writes; i++) {
    const id = crypto.randomUUID();
    sentAt.set(id, performance.now());
    await fetch(`${url}/sync/push`, {
      method: 'POST', headers: { ...json, authorization: `Bearer ${leadToken}` },
      body: JSON.stringify({ notes: [{ id, claimKey: key, body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'bGl2ZQ==' } }] }),
    });
    // Wait (bounded) until every subscriber has this note, so writes do not overlap.
    const until = performance.now() + 2000;
    while (arrivals < (i + 1) * subscribers && performance.now() < until) await new Promise((r) => setTimeout(r, 2));
  }
  abort.abort();
  return samples;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
