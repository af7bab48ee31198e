import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import { sql } from 'drizzle-orm';
import type { RetentionPolicyResult } from '@vigie/db/schema';
import { addDays } from '@vigie/domain/calendar';

/** Rows deleted per transaction in the edge month: short enough never to hold a lock for long. */
export const EDGE_BATCH = 5_000;

/** A learner whose legal hold runs on `today` loses nothing (Art. 17(3)(e)): the same test everywhere. */
const held = (today: string) => sql`EXISTS (SELECT 1 FROM learners l WHERE l.id = p.learner_id AND l.legal_hold_until >= ${today}::date)`;

/** The sign-ins older than the cutoff kept for a hold, counted per hold ground. */
async function keptByHold(tx: Database, cutoff: Date, today: string) {
  const rows = await selectRows<{ ground: string; count: string | number }>(
    tx,
    sql`SELECT l.legal_hold_reason AS ground, count(*) AS count FROM platform_access_logs p
        JOIN learners l ON l.id = p.learner_id
        WHERE p.occurred_at < ${cutoff.toISOString()} AND l.legal_hold_until >= ${today}::date
        GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => ({ ground: r.ground, count: Number(r.count) }));
}

/** What a run would remove, without touching anything. */
export function previewSignIns(db: Database, cutoff: Date, today: string): Promise<RetentionPolicyResult> {
  return withRole(db, dbRoles.retention, async (tx) => {
    const [row] = await selectRows<{ n: string | number }>(
      tx,
      sql`SELECT count(*) AS n FROM platform_access_logs p WHERE p.occurred_at < ${cutoff.toISOString()} AND NOT ${held(today)}`,
    );
    return { code: 'sign_ins', cutoff: cutoff.toISOString(), gone: Number(row?.n ?? 0), kept: await keptByHold(tx, cutoff, today) };
  });
}

/** Monthly partitions whose whole month ended before the cutoff, as the first day of their month. */
async function expiredMonths(tx: Database, cutoff: Date): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    tx,
    sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'platform_access_logs'::regclass AND c.relname ~ '_[0-9]{4}_[0-9]{2}$' ORDER BY 1`,
  );
  return rows
    .map(({ name }) => `${name.slice(-7, -3)}-${name.slice(-2)}-01`)
    .filter((month) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      return Date.UTC(y, m, 1) <= cutoff.getTime();
    });
}

/**
 * The 6-month purge: whole months are detached and dropped (no bloat, a lock of milliseconds), the
 * edge month and the default partition lose their expired rows in batches; a held learner keeps all.
 * Also makes the months ahead, so that new sign-ins land in a partition of their own.
 */
export async function purgeSignIns(db: Database, cutoff: Date, today: string, onBatch?: () => Promise<void>): Promise<RetentionPolicyResult> {
  const months = await withRole(db, dbRoles.retention, async (tx) => {
    await tx.execute(sql`SELECT vigie_access_log_months(${today}::date, ${addDays(today, 92)}::date)`);
    return expiredMonths(tx, cutoff);
  });
  let gone = 0;
  for (const month of months) {
    const [row] = await withRole(db, dbRoles.retention, (tx) =>
      selectRows<{ result: { gone: number } }>(tx, sql`SELECT vigie_access_log_drop_month(${month}::date, ${today}::date) AS result`),
    );
    gone += Number(row?.result.gone ?? 0);
    await onBatch?.();
  }
  for (;;) {
    const deleted = await withRole(db, dbRoles.retention, (tx) =>
      selectRows<{ n: string | number }>(
        tx,
        sql`WITH batch AS (
              SELECT p.id, p.occurred_at FROM platform_access_logs p
              WHERE p.occurred_at < ${cutoff.toISOString()} AND NOT ${held(today)} LIMIT ${EDGE_BATCH}),
            gone AS (DELETE FROM platform_access_logs p USING batch b WHERE p.id = b.id AND p.occurred_at = b.occurred_at RETURNING 1)
            SELECT count(*) AS n FROM gone`,
      ),
    );
    const n = Number(deleted[0]?.n ?? 0);
    gone += n;
    if (n < EDGE_BATCH) break;
    await onBatch?.();
  }
  const kept = await withRole(db, dbRoles.retention, (tx) => keptByHold(tx, cutoff, today));
  return { code: 'sign_ins', cutoff: cutoff.toISOString(), gone, kept };
}
