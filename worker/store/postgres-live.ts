import pg from 'pg';
import type { Change } from '../../shared/contracts/handoff.ts';
import type { ChangeBus } from '../live/bus.ts';

export const CHANNEL = 'chartside_changes';

/** What a NOTIFY carries: who wrote it and which seq range of which team (bodies can exceed 8 kB). */
export interface ChangeNotice {
  i: string;
  t: string;
  a: number;
  b: number;
  /** Set when a token was revoked: every instance drops its token cache. */
  r?: 1;
}

/**
 * LISTEN on a dedicated connection: a change committed by another instance is read back once
 * and fanned out to this instance's SSE clients. Our own notices are skipped (published directly).
 */
export async function listenForChanges(
  config: pg.ClientConfig,
  instanceId: string,
  bus: ChangeBus,
  fetch: (teamId: string, after: number, limit: number) => Promise<Change[]>,
  onRevoke: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client(config);
    c.on('notification', (msg) => {
      let notice: ChangeNotice;
      try {
        notice = JSON.parse(msg.payload ?? '') as ChangeNotice;
      } catch {
        return;
      }
      if (notice.r) return onRevoke();
      if (notice.i === instanceId || !bus.hasListeners(notice.t)) return;
      fetch(notice.t, notice.a - 1, notice.b - notice.a + 1)
        .then((changes) =>
          bus.publish(
            notice.t,
            changes.filter((ch) => ch.seq <= notice.b),
          ),
        )
        .catch((err: Error) => console.error(`worker: live fetch failed: ${err.message}`));
    });
    // A dropped LISTEN connection is re-opened; SSE clients catch up by cursor on their next event.
    c.on('error', (err) => {
      console.error(`worker: LISTEN connection lost: ${err.message}`);
      client = null;
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
  };
  await connect();
  return async () => {
    closed = true;
    await client?.end().catch(() => undefined);
  };
}
