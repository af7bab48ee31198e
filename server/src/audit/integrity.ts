import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { toBuffer } from './chain.ts';
import { formatCheckpoint, writeCheckpoint } from './sealer.ts';
import { recordVerification, verifyChain } from './verify.ts';

const { auditChain, auditCheckpoints, auditPurges, auditVerifications, auditVerificationRuns: runs } = schema;

// A run whose job has said nothing for this long died with its process: the DPO may start another.
const STALE_MS = 2 * 60_000;

export const verificationRun = z.object({
  id: z.uuid(),
  requestedAt: z.string(),
  startedAt: z.string().nullable(),
  rowsTotal: z.number().int().nullable(),
  rowsChecked: z.number().int(),
  state: z.enum(['waiting', 'running', 'done', 'failed', 'interrupted']),
  /** Set when done: the verification's verdict. */
  ok: z.boolean().nullable(),
  firstBrokenSeq: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type VerificationRun = z.infer<typeof verificationRun>;

export const integrityStatus = z.object({
  head: z.object({ seq: z.number().int(), eventId: z.number().int(), sealedAt: z.string() }).nullable(),
  /** Events written but not sealed yet (the sealer runs every few seconds). */
  pending: z.number().int(),
  lastVerification: z
    .object({
      finishedAt: z.string(),
      rowsChecked: z.number().int(),
      ok: z.boolean(),
      firstBrokenSeq: z.number().int().nullable(),
      problem: z.string().nullable(),
    })
    .nullable(),
  checkpoint: z.object({ line: z.string(), createdAt: z.string() }).nullable(),
  /** Set once retention removed the oldest months: the checkpoint the chain is verified from. */
  start: z.object({ line: z.string(), before: z.string() }).nullable(),
  run: verificationRun.nullable(),
});

const runColumns = {
  id: runs.id,
  requestedAt: runs.requestedAt,
  startedAt: runs.startedAt,
  updatedAt: runs.updatedAt,
  rowsTotal: runs.rowsTotal,
  rowsChecked: runs.rowsChecked,
  error: runs.error,
  verificationId: runs.verificationId,
  ok: auditVerifications.ok,
  firstBrokenSeq: auditVerifications.firstBrokenSeq,
  problem: auditVerifications.problem,
};

const selectRuns = (db: Database) =>
  db.select(runColumns).from(runs).leftJoin(auditVerifications, eq(auditVerifications.id, runs.verificationId));

type RunRow = Awaited<ReturnType<ReturnType<typeof selectRuns>['execute']>>[number];

function stateOf(row: RunRow, now: Date): VerificationRun['state'] {
  if (row.verificationId) return 'done';
  if (row.error) return 'failed';
  if (now.getTime() - row.updatedAt.getTime() > STALE_MS) return 'interrupted';
  return row.startedAt ? 'running' : 'waiting';
}

const toRun = (row: RunRow, now: Date): VerificationRun => ({
  id: row.id,
  requestedAt: row.requestedAt.toISOString(),
  startedAt: row.startedAt?.toISOString() ?? null,
  rowsTotal: row.rowsTotal,
  rowsChecked: row.rowsChecked,
  state: stateOf(row, now),
  ok: row.ok,
  firstBrokenSeq: row.firstBrokenSeq,
  problem: row.problem ?? row.error,
});

export async function verificationById(db: Database, id: string, now: Date) {
  const [row] = await selectRuns(db).where(eq(runs.id, id));
  return row && toRun(row, now);
}

async function latestRun(db: Database, now: Date) {
  const [row] = await selectRuns(db).orderBy(desc(runs.requestedAt)).limit(1);
  return row ? toRun(row, now) : null;
}

async function chainHead(db: Database) {
  const [head] = await db.select().from(auditChain).orderBy(desc(auditChain.seq)).limit(1);
  if (!head) return { head: null, pending: 0 };
  const [pending] = await selectRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM audit_events WHERE (tx_id, id) > (${head.eventTxId}, ${head.eventId})`,
  );
  return { head: { seq: head.seq, eventId: head.eventId, sealedAt: head.sealedAt.toISOString() }, pending: pending?.n ?? 0 };
}

export async function readIntegrity(db: Database, now: Date): Promise<z.infer<typeof integrityStatus>> {
  const [chain, [verification], [checkpoint], [purge], run] = await Promise.all([
    chainHead(db),
    db.select().from(auditVerifications).orderBy(desc(auditVerifications.finishedAt)).limit(1),
    db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1),
    db.select().from(auditPurges).orderBy(desc(auditPurges.seq)).limit(1),
    latestRun(db, now),
  ]);
  return {
    ...chain,
    start: purge
      ? { line: formatCheckpoint({ seq: purge.seq, hash: toBuffer(purge.hash).toString('hex'), at: '' }), before: purge.before.toISOString() }
      : null,
    lastVerification: verification
      ? { ...verification, finishedAt: verification.finishedAt.toISOString() }
      : null,
    checkpoint: checkpoint
      ? {
          line: formatCheckpoint({ seq: checkpoint.seq, hash: toBuffer(checkpoint.hash).toString('hex'), at: '' }),
          createdAt: checkpoint.createdAt.toISOString(),
        }
      : null,
    run,
  };
}

/** Asks the job for a verification; while one is under way, that one is the answer. */
export async function requestVerification(db: Database, staffId: string, now: Date): Promise<VerificationRun> {
  const current = await latestRun(db, now);
  if (current && (current.state === 'waiting' || current.state === 'running')) return current;
  const [row] = await db.insert(runs).values({ requestedBy: staffId }).returning({ id: runs.id });
  const run = row && (await verificationById(db, row.id, now));
  if (!run) throw new Error('verification run not recorded');
  return run;
}

/** Claims the oldest waiting run (one process gets it) and verifies the chain, saying how far it got. */
export async function runRequestedVerification(db: Database): Promise<string | undefined> {
  const [claimed] = await selectRows<{ id: string }>(
    db,
    sql`UPDATE audit_verification_runs SET started_at = now(), updated_at = now(),
               rows_total = (SELECT coalesce(max(seq), 0) FROM audit_chain)
                          - (SELECT coalesce(max(seq), 0) FROM audit_purges)
        WHERE id = (SELECT id FROM audit_verification_runs WHERE started_at IS NULL
                    ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  );
  if (!claimed) return undefined;
  const progress = (rowsChecked: number) =>
    db.update(runs).set({ rowsChecked, updatedAt: new Date() }).where(eq(runs.id, claimed.id)).then(() => undefined);
  const startedAt = new Date();
  try {
    const report = await verifyChain(db, [], progress);
    const verificationId = await recordVerification(db, report, startedAt);
    // A clean verification is a good moment for a checkpoint: the DPO can copy it right away.
    if (!report.firstBreak) await writeCheckpoint(db);
    await db
      .update(runs)
      .set({ verificationId, rowsChecked: report.rowsChecked, updatedAt: new Date() })
      .where(and(eq(runs.id, claimed.id), isNull(runs.verificationId)));
  } catch (error) {
    await db.update(runs).set({ error: (error as Error).name, updatedAt: new Date() }).where(eq(runs.id, claimed.id));
  }
  return claimed.id;
}

