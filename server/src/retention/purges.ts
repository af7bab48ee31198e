import { type Database, dbRoles, schema, withRole } from '@vigie/db';
import type { RetentionPolicyResult } from '@vigie/db/schema';
import { count, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { PolicyCode } from './policies.ts';

const { prospects, requestPackages, sessions } = schema;

/** Counts, or deletes, the rows a condition names, in the retention job's role. */
async function countOrDelete(db: Database, table: PgTable, where: SQL, dryRun: boolean): Promise<number> {
  return withRole(db, dbRoles.retention, async (tx) => {
    if (dryRun) {
      const [row] = await tx.select({ n: count() }).from(table).where(where);
      return row?.n ?? 0;
    }
    // RETURNING a constant: the role needs no privilege on any column to count what went.
    const gone = await tx.delete(table).where(where).returning({ one: sql<number>`1` });
    return gone.length;
  });
}

const result = (code: PolicyCode, cutoff: Date, gone: number): RetentionPolicyResult => ({
  code,
  cutoff: cutoff.toISOString(),
  gone,
  kept: [],
});

/** Contact-form prospects whose last contact they initiated is older than the register's period. */
export async function purgeProspects(db: Database, cutoff: Date, dryRun: boolean) {
  return result('prospects', cutoff, await countOrDelete(db, prospects, lt(prospects.lastContactAt, cutoff), dryRun));
}

/** Sessions past their absolute end or idle too long: of no use to anyone. */
export async function purgeSessions(db: Database, now: Date, idleMs: number, dryRun: boolean) {
  const idleSince = new Date(now.getTime() - idleMs);
  const where = or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)) as SQL;
  return result('sessions', now, await countOrDelete(db, sessions, where, dryRun));
}

/** Access answers whose download link (7 days) has expired. */
export async function purgeAnswerPackages(db: Database, now: Date, dryRun: boolean) {
  return result('answer_packages', now, await countOrDelete(db, requestPackages, lte(requestPackages.expiresAt, now), dryRun));
}
