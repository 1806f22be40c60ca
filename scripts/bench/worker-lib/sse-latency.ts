import type { Change } from '../../../shared/contracts/handoff.ts';
import { SseParser } from '../../../shared/sync/sse.ts';
import { workerClient } from '../../../shared/sync/worker-client.ts';

/**
 * Opens `subscribers` SSE streams on a fresh team (one member each: streams per member are capped), then makes
 * `writes` notes one after another and times write -> arrival at every subscriber.
 */
export async function sseLatency(url: string, leadToken: string, subscribers: number, writes: number): Promise<number[]> {
  const lead = workerClient(url, leadToken);
  const tokens: string[] = [];
  for (let i = 0; i < subscribers; i++) {
    const r = await lead.teams.members.$post({ json: { name: `s${i}`, role: 'coder' } });
    if (r.status !== 201) throw new Error(`adding subscriber ${i}: HTTP ${r.status}`);
    tokens.push((await r.json()).token);
  }
  const sentAt = new Map<string, number>();
  const samples: number[] = [];
  const abort = new AbortController();
  let arrivals = 0;
  const ready: Promise<void>[] = tokens.map(async (token) => {
    const res = await workerClient(url, token).sync.events.$get({ query: {} }, { init: { signal: abort.signal } });
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
            if (t0 !== undefined) samples.push(performance.now() - t0), arrivals++;
          }
        }
      } catch {
        /* aborted */
      }
    })();
  });
  await Promise.all(ready);
  const claimKey = 'b'.repeat(64);
  for (let i = 0; i < writes; i++) {
    const id = crypto.randomUUID();
    sentAt.set(id, performance.now());
    await lead.sync.push.$post({ json: { notes: [{ id, claimKey, body: { iv: 'AAAAAAAAAAAAAAAA', ct: 'bGl2ZQ==' } }] } });
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
