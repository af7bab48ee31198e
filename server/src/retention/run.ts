import { randomUUID } from 'node:crypto';
import { type Database, dbRoles, schema, selectRows, withRole } from '@vigie/db';
import type { RetentionPolicyResult } from '@vigie/db/schema';
import { and, eq, gt, sql } from 'drizzle-orm';
import { parisDay } from '@vigie/domain/calendar';
import { recordAuditEvent, type RequestOrigin } from '../audit/events.ts';
import { before, loadPolicies, type Policy } from './policies.ts';
import { purgeAuditLog } from './audit-log.ts';
import { purgeLearnerData } from './learner-data.ts';
import { purgeAnswerPackages, purgeProspects, purgeSessions } from './purges.ts';
import { previewSignIns, purgeSignIns } from './sign-ins.ts';

const { retentionRuns } = schema;

// Distinct from the sealer's and the anomaly scan's locks.
const RETENTION_LOCK = 73_010_017;
/** A running run whose heartbeat is older than this died with its process: another may start. */
const STALE_MS = 5 * 60_000;

export interface RunOptions {
  dryRun: boolean;
  trigger: 'job' | 'staff' | 'cli';
  now: Date;
  sessionIdleMs: number;
  /** Who asked, for the audit row (a staff member's request, or the job's own origin). */
  origin: RequestOrigin;
  /** The job's daily run: nothing to do if a real run already finished today. */
  oncePerDay?: boolean;
}

/** The origin of a run nobody asked for: the daily job or the command line. */
export const jobOrigin = (trigger: 'job' | 'cli'): RequestOrigin => ({
  requestId: randomUUID(),
  ip: null,
  userAgent: trigger === 'job' ? 'vigie retention job' : 'vigie cli',
  staffId: null,
  role: null,
  sessionHash: null,
});

/**
 * Claims a run under an advisory lock, so that one real run at a time happens whatever the number of
 * processes; a dry run only counts, and claims nothing. Returns the run's id, or null when another
 * real run is under way (or, for the daily job, already done today).
 */
export async function claimRun(db: Database, options: RunOptions, steps: number): Promise<string | null> {
  return withRole(db, dbRoles.retention, async (tx) => {
    if (!options.dryRun) {
      const [lock] = await selectRows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${RETENTION_LOCK}) AS ok`);
      if (!lock?.ok) return null;
      const live = new Date(options.now.getTime() - STALE_MS);
      const [busy] = await tx
        .select({ id: retentionRuns.id })
        .from(retentionRuns)
        .where(and(eq(retentionRuns.dryRun, false), eq(retentionRuns.status, 'running'), gt(retentionRuns.heartbeatAt, live)));
      if (busy) return null;
      if (options.oncePerDay) {
        const [today] = await selectRows<{ id: string }>(
          tx,
          sql`SELECT id FROM retention_runs WHERE NOT dry_run AND status = 'done'
              AND (started_at AT TIME ZONE 'Europe/Paris')::date = ${parisDay(options.now)}::date LIMIT 1`,
        );
        if (today) return null;
      }
    }
    const [run] = await tx
      .insert(retentionRuns)
      .values({ dryRun: options.dryRun, trigger: options.trigger, startedBy: options.origin.staffId, steps, startedAt: options.now, heartbeatAt: options.now })
      .returning({ id: retentionRuns.id });
    return run?.id ?? null;
  });
}

const procedureOf = (options: RunOptions) => (options.trigger === 'staff' ? 'retention.start' : `${options.trigger}.retention.run`);

/** One policy applied (or counted) as of `now`. */
async function applyPolicy(db: Database, policy: Policy, options: RunOptions, beat: () => Promise<void>): Promise<RetentionPolicyResult> {
  const { now, dryRun } = options;
  const skipped = (reason: string): RetentionPolicyResult => ({ code: policy.code, cutoff: null, gone: 0, kept: [], skipped: reason });
  if (!policy.enabled) return skipped('désactivée');
  if (policy.missing) return skipped(`aucune règle « ${policy.category} » dans le registre`);
  const cutoff = before(now, policy.period, policy.unit);
  const today = parisDay(now);
  switch (policy.code) {
    case 'sign_ins':
      return dryRun ? previewSignIns(db, cutoff, today) : purgeSignIns(db, cutoff, today, beat);
    case 'prospects':
      return purgeProspects(db, cutoff, dryRun);
    case 'learner_data':
      return purgeLearnerData(db, cutoff, { dryRun, today, origin: options.origin, procedure: procedureOf(options) }, beat);
    case 'sessions':
      return purgeSessions(db, now, options.sessionIdleMs, dryRun);
    case 'answer_packages':
      return purgeAnswerPackages(db, now, dryRun);
    case 'audit_log':
      return purgeAuditLog(db, cutoff, dryRun);
  }
}

async function progress(db: Database, id: string, values: Partial<typeof retentionRuns.$inferInsert>): Promise<void> {
  await withRole(db, dbRoles.retention, (tx) =>
    tx.update(retentionRuns).set({ ...values, heartbeatAt: sql`now()` }).where(eq(retentionRuns.id, id)),
  );
}

/** Runs the claimed run to its end, writing its progress, then its audit row with the counts. */
export async function executeRun(db: Database, id: string, options: RunOptions): Promise<RetentionPolicyResult[]> {
  const policies = await loadPolicies(db);
  const results: RetentionPolicyResult[] = [];
  try {
    for (const policy of policies) {
      results.push(await applyPolicy(db, policy, options, () => progress(db, id, {})));
      await progress(db, id, { done: results.length, results });
    }
    await progress(db, id, { status: 'done', finishedAt: new Date() });
  } catch (error) {
    await progress(db, id, { status: 'failed', finishedAt: new Date(), error: (error as Error).name, results });
    await audit(db, id, options, results, 'failure');
    throw error;
  }
  await audit(db, id, options, results, 'success');
  return results;
}

function audit(db: Database, id: string, options: RunOptions, results: RetentionPolicyResult[], outcome: 'success' | 'failure') {
  return recordAuditEvent(db, options.origin, {
    action: options.dryRun ? 'read' : 'delete',
    outcome,
    procedure: procedureOf(options),
    entity: 'retention',
    entityIds: [id],
    details: {
      dryRun: options.dryRun,
      counts: results.map((r) => ({ code: r.code, gone: r.gone, kept: r.kept.reduce((n, k) => n + k.count, 0), skipped: r.skipped ?? null })),
    },
  });
}

/** Claims and runs in one go (the CLI, the daily job, a dry-run preview); null when another run holds the lock. */
export async function runRetention(db: Database, options: RunOptions) {
  const policies = await loadPolicies(db);
  const id = await claimRun(db, options, policies.length);
  if (!id) return null;
  return { id, results: await executeRun(db, id, options) };
}
