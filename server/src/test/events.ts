import { schema } from '@vigie/db';
import type { Harness } from './harness.ts';

export type EventRow = typeof schema.auditEvents.$inferInsert;

/** Audit rows written as they stand (time, actor, purpose...), for tests of what reads the log. */
export async function insertEvents(h: Harness, rows: EventRow[]) {
  if (rows.length === 0) return [];
  return h.owner.insert(schema.auditEvents).values(rows).returning();
}
