import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import type { RetentionPolicyResult } from '@vigie/db/schema';
import { sql } from 'drizzle-orm';
import { logger } from '../logger.ts';

export const PARTIAL_MONTH = 'Mois en partie dans la durée de conservation : seuls les mois entiers partent';
export const NOT_SEALED =
  'Mois dont un événement n’est pas encore scellé, ou scellé dans un mois encore dans la durée de conservation';

interface Purge {
  gone: number;
  before: string | null;
  seq: number | null;
  hash: string | null;
  partial: number;
  waiting: number;
}

/**
 * The audit log's retention, through the owner's `vigie_audit_purge` (migration 0022), the only path
 * that may delete audit rows: the rows of whole months before the cutoff (the months they were sealed
 * in, so that what goes is a prefix of the chain), none while its month holds an unsealed row. A real
 * run records the checkpoint (`seq:hash`) from which `audit verify` proves the rest; it is logged too,
 * to be shipped with the other checkpoint lines.
 */
export async function purgeAuditLog(db: Database, cutoff: Date, dryRun: boolean): Promise<RetentionPolicyResult> {
  const [row] = await withRole(db, dbRoles.retention, (tx) =>
    selectRows<{ result: Purge }>(tx, sql`SELECT vigie_audit_purge(${cutoff.toISOString()}::timestamptz, ${dryRun}) AS result`),
  );
  const purge = row?.result;
  const checkpoint = !dryRun && purge?.seq != null && purge.hash && purge.gone > 0 ? `${purge.seq}:${purge.hash}` : undefined;
  if (checkpoint) logger.info({ auditCheckpoint: checkpoint }, 'audit log purged up to checkpoint');
  const kept = [
    { ground: PARTIAL_MONTH, count: Number(purge?.partial ?? 0) },
    { ground: NOT_SEALED, count: Number(purge?.waiting ?? 0) },
  ].filter((k) => k.count > 0);
  return { code: 'audit_log', cutoff: cutoff.toISOString(), gone: Number(purge?.gone ?? 0), kept, ...(checkpoint ? { checkpoint } : {}) };
}
