import { schema } from '@vigie/db';
import { asc, eq, sql } from 'drizzle-orm';
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

/**
 * Makes the database refuse every audit row whose purpose reference is `ref` (as a full disk or a
 * broken audit store would), and only those, so that other test files sharing the database go on.
 * `name` keeps each file's trigger its own.
 */
export async function refuseAuditRowsReferencing(h: Harness, name: string, ref: string) {
  await h.database.asOwner(async (owner) => {
    await owner.execute(sql.raw(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger
      LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`));
    await owner.execute(sql.raw(`DROP TRIGGER IF EXISTS ${name} ON audit_events`));
    await owner.execute(sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT ON audit_events FOR EACH ROW
      WHEN (NEW.purpose_ref = '${ref}') EXECUTE FUNCTION ${name}()`));
  });
}
