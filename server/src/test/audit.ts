import { schema } from '@vigie/db';
import { asc, eq } from 'drizzle-orm';
import type { Harness } from './harness.ts';

/** The audit rows one request wrote, in order. */
export function auditRowsOf(h: Harness, requestId: string) {
  return h.owner
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.requestId, requestId))
    .orderBy(asc(schema.auditEvents.id));
}

/** The only audit row of a request (fails the test if there are more or none). */
export async function auditRowOf(h: Harness, requestId: string) {
  const rows = await auditRowsOf(h, requestId);
  if (rows.length !== 1) throw new Error(`expected one audit row, got ${rows.length}`);
  return rows[0] as (typeof rows)[number];
}
