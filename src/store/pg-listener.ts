// LISTEN on a PostgreSQL server needs one connection held open for as long as we listen. A restart or failover of
// the server drops it; without reconnecting, live updates would stop for good while everything else recovers.
import pg from 'pg';

export interface ListenOptions {
  onMessage: (payload: string) => void;
  /** Called after a dropped connection listens again: notifications sent in between are lost, so readers resync. */
  onResume?: () => void;
  /** First wait before reconnecting; doubles per failed try up to `maxDelayMs`. */
  delayMs?: number;
  maxDelayMs?: number;
}

export async function listenWithReconnect(connectionString: string, channel: string, opts: ListenOptions): Promise<() => Promise<void>> {
  const { delayMs = 500, maxDelayMs = 30_000 } = opts;
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString, application_name: 'redress-listen' });
    c.on('error', () => undefined);
    c.on('notification', (n) => n.channel === channel && n.payload !== undefined && opts.onMessage(n.payload));
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      await c.end().catch(() => undefined);
      throw err;
    }
    c.on('end', () => {
      if (client === c && !stopped) schedule(delayMs);
    });
    client = c;
  }

  function schedule(wait: number): void {
    client = null;
    retry = setTimeout(() => {
      retry = null;
      if (stopped) return;
      connect().then(
        () => (stopped ? void client?.end().catch(() => undefined) : opts.onResume?.()),
        () => schedule(Math.min(wait * 2, maxDelayMs)),
      );
    }, wait);
    retry.unref?.();
  }

  // The first connection fails loudly: a wrong URL at start-up is a configuration error, not a blip.
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
