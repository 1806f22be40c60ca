import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Change } from '../../../shared/contracts/handoff.ts';
import type { AppEnv } from '../../app-env.ts';
import { hashToken } from '../../ids.ts';

const PAGE = 500;
/** A client this far behind is cut off; it reconnects with Last-Event-ID and catches up by reading. */
const MAX_PENDING = 1_000;

/**
 * SSE stream of one team's changes. It subscribes first, then replays everything after the
 * client's cursor, so nothing committed in between is missed. Live changes pass through one
 * queue: already-sent seqs are skipped, and a change that jumps ahead of the cursor (another
 * writer's commit published out of order) triggers a catch-up read instead of a blind send.
 */
export function liveEvents(c: Context<AppEnv>, start: number): Response | Promise<Response> {
  const { store, services } = c.var;
  const member = c.get('member');
  let open = services.streams.get(member.id);
  if ((open?.size ?? 0) >= services.limits.streamsPerMember) return c.json({ error: 'too many live streams for this member' }, 429);
  if (!open) services.streams.set(member.id, (open = new Set()));
  const mine = open;
  let close = () => {};
  const closer = () => close();
  mine.add(closer);

  return streamSSE(
    c,
    async (stream) => {
      let cursor = start;
      let queue: Promise<void> = Promise.resolve();
      let pending = 0;
      const send = async (ch: Change) => {
        await stream.writeSSE({ id: String(ch.seq), event: ch.kind, data: JSON.stringify(ch) });
        cursor = ch.seq;
      };
      const catchUp = async () => {
        for (;;) {
          const page = await store.changesAfter(member.teamId, cursor, PAGE);
          for (const ch of page) await send(ch);
          if (page.length < PAGE) return;
        }
      };
      const enqueue = (job: () => Promise<void>) => {
        if (++pending > MAX_PENDING) return stream.abort();
        queue = queue
          .then(job)
          .catch(() => stream.abort())
          .finally(() => void pending--);
      };
      const unsubscribe = store.subscribe(member.teamId, (ch) =>
        enqueue(async () => {
          if (ch.seq <= cursor) return;
          await (ch.seq === cursor + 1 ? send(ch) : catchUp());
        }),
      );
      enqueue(async () => {
        await stream.write(': ok\n\n');
        await catchUp();
      });
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      close = () => stream.abort();
      // Each beat also re-checks the token: a revocation made on another instance ends this stream
      // within a beat (on this instance, revokeMember closes it at once).
      const tokenHash = await hashToken((c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, ''));
      const beat = setInterval(
        () =>
          enqueue(async () => {
            if (!(await store.memberByTokenHash(tokenHash))) return close();
            await stream.write(': keep-alive\n\n');
          }),
        services.limits.heartbeatMs,
      );
      await closed;
      clearInterval(beat);
      unsubscribe();
      mine.delete(closer);
      if (mine.size === 0 && services.streams.get(member.id) === mine) services.streams.delete(member.id);
    },
    async (err, stream) => {
      console.error(`worker: live stream failed: ${err.message}`);
      await stream.close();
    },
  );
}
