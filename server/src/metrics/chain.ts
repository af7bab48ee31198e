import { type Database, selectRows } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import { metrics } from './registry.ts';

interface Backlog {
  rows: number;
  seconds: number;
}

/** Audit rows not sealed into the hash chain yet, and the age of the oldest: what the sealer is behind. */
async function backlogOf(db: Database): Promise<Backlog> {
  const [row] = await selectRows<{ rows: string | number; seconds: string | number | null }>(
    db,
    sql`WITH head AS (SELECT event_tx_id, event_id FROM audit_chain ORDER BY seq DESC LIMIT 1)
        SELECT count(*) AS rows, extract(epoch FROM now() - min(e.occurred_at)) AS seconds
        FROM audit_events e
        WHERE NOT EXISTS (SELECT 1 FROM head) OR (e.tx_id, e.id) > (SELECT event_tx_id, event_id FROM head)`,
  );
  return { rows: Number(row?.rows ?? 0), seconds: Number(row?.seconds ?? 0) };
}

/** Gauges read from the database at scrape time: the same figures whichever process is scraped. */
export function watchChain(db: Database): void {
  let pending: Promise<Backlog> | undefined;
  // One query serves both gauges of a scrape.
  const backlog = () => (pending ??= backlogOf(db).finally(() => setTimeout(() => (pending = undefined), 1_000)));
  metrics.removeSingleMetric('vigie_audit_unsealed_rows');
  metrics.removeSingleMetric('vigie_audit_unsealed_seconds_behind');
  new Gauge({
    name: 'vigie_audit_unsealed_rows',
    help: 'Audit rows written but not yet sealed into the hash chain.',
    registers: [metrics],
    async collect() {
      this.set((await backlog()).rows);
    },
  });
  new Gauge({
    name: 'vigie_audit_unsealed_seconds_behind',
    help: 'Age in seconds of the oldest audit row not yet sealed (0 when the sealer is up to date).',
    registers: [metrics],
    async collect() {
      this.set((await backlog()).seconds);
    },
  });
}
