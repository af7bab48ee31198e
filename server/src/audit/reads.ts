import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { addDays, parisDay } from '@vigie/domain/calendar';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { LOCAL_TIME_ZONE, onOrAfter, onOrBefore } from './period.ts';

/** How far back the DPO's dashboard looks, today included. */
export const READS_DAYS = 30;

export const readsCount = z.object({
  day: z.iso.date(),
  role: z.string(),
  outcome: z.enum(schema.auditOutcomes),
  count: z.number().int(),
});
export const readsPerDayOutput = z.object({
  data: z.object({ from: z.iso.date(), until: z.iso.date(), days: z.array(readsCount) }),
});

/**
 * The reads of personal data: records opened, lists, searches, exports and contact fields shown. The
 * console's own looks (`audit_read`) are left out: the chart is about the back-office, not its watchers.
 */
const readActions = ['read', 'list', 'search', 'export', 'reveal'];

/**
 * Reads per Paris day, staff role and outcome over the last 30 days. A refusal is logged as action
 * `denied` whatever was attempted, so refusals count when they were on a personal-data procedure (one
 * that names its entity). Only aggregates leave: no id, no IP address, no name.
 */
export async function readsPerDay(db: Database, now: Date) {
  const until = parisDay(now);
  const from = addDays(until, 1 - READS_DAYS);
  const occurredAt = schema.auditEvents.occurredAt;
  const days = await selectRows<z.infer<typeof readsCount>>(
    db,
    sql`SELECT to_char((occurred_at AT TIME ZONE ${LOCAL_TIME_ZONE})::date, 'YYYY-MM-DD') AS day,
               actor_role AS role, outcome, count(*)::int AS count
        FROM audit_events
        WHERE ${onOrAfter(occurredAt, from)} AND ${onOrBefore(occurredAt, until)}
          AND actor_role IS NOT NULL
          AND (action IN ${readActions} OR (action = 'denied' AND entity IS NOT NULL))
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  return { data: { from, until, days } };
}
