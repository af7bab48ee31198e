import { type Database, dbRoles, selectRows, withRole } from '@vigie/db';
import type { RetentionPolicyResult } from '@vigie/db/schema';
import { sql } from 'drizzle-orm';
import { parisDay } from '@vigie/domain/calendar';
import { type RequestOrigin, recordAuditEvent } from '../audit/events.ts';
import { inGateway } from '../audit/gateway.ts';
import { subjectsIn } from '../audit/revealed.ts';
import { applyErasure, erasedFields } from '../requests/erasure/execute.ts';
import { erasureOutcome } from '../requests/erasure/preview.ts';
import type { ErasureOutcome } from '../requests/erasure/schemas.ts';

/** Learners examined between two heartbeats of the run. */
const BEAT_EVERY = 25;

/**
 * Learners not yet erased whose every contract ended before the cutoff day, each with the ground of
 * the legal hold running today, if any (a held learner is skipped whole).
 */
async function endedLearners(db: Database, cutoffDay: string, today: string) {
  return withRole(db, dbRoles.retention, (tx) =>
    selectRows<{ id: string; hold: string | null }>(
      tx,
      sql`SELECT l.id, CASE WHEN l.legal_hold_until >= ${today}::date THEN l.legal_hold_reason END AS hold
          FROM learners l
          WHERE l.status <> 'erased'
            AND EXISTS (SELECT 1 FROM training_contracts c WHERE c.learner_id = l.id)
            AND NOT EXISTS (SELECT 1 FROM training_contracts c WHERE c.learner_id = l.id AND c.end_date >= ${cutoffDay}::date)
          ORDER BY l.id`,
    ),
  );
}

export interface LearnerDataRun {
  dryRun: boolean;
  today: string;
  origin: RequestOrigin;
  procedure: string;
}

/** One learner erased as an erasure request would, with its audit row in the same transaction. */
function eraseOne(db: Database, learnerId: string, run: LearnerDataRun): Promise<ErasureOutcome> {
  return inGateway(db, async (tx) => {
    if (run.dryRun) return (await erasureOutcome(tx, learnerId, run.today)).outcome;
    const { outcome, fields, deleted } = await applyErasure(tx, learnerId, run.today);
    await recordAuditEvent(tx, run.origin, {
      action: 'delete',
      outcome: 'success',
      procedure: run.procedure,
      entity: 'learners',
      entityIds: [learnerId],
      subjectIds: subjectsIn('learner', learnerId),
      fields: erasedFields(fields),
      details: { policy: 'learner_data', deleted },
    });
    return outcome;
  });
}

/**
 * Learner data at the end of the contract (the register's period after the last contract's end),
 * category by category through the erasure's own plan: a category goes unless a legal ground keeps it.
 * Counts learners: gone when something of theirs was erased, kept once under the grounds that keep
 * something of theirs; a learner under a legal hold is not touched and counts under the hold's ground.
 */
export async function purgeLearnerData(db: Database, cutoff: Date, run: LearnerDataRun, beat: () => Promise<void>): Promise<RetentionPolicyResult> {
  const learners = await endedLearners(db, parisDay(cutoff), run.today);
  const kept = new Map<string, number>();
  const keep = (ground: string) => kept.set(ground, (kept.get(ground) ?? 0) + 1);
  let gone = 0;
  const examined: string[] = [];
  for (const learner of learners) {
    if (learner.hold) {
      keep(learner.hold);
      continue;
    }
    const outcome = await eraseOne(db, learner.id, run);
    examined.push(learner.id);
    if (outcome.categories.some((c) => c.action === 'erase')) gone += 1;
    // Each learner once, under the grounds that keep something of theirs together.
    const grounds = [...new Set(outcome.categories.flatMap((c) => c.items.flatMap((i) => (i.action === 'keep' && i.ground ? [i.ground] : []))))];
    if (grounds.length) keep(grounds.sort().join(' + '));
    if (examined.length % BEAT_EVERY === 0) await beat();
  }
  // A preview reads the files to plan them, and shows nobody anything but counts: one row says whose.
  if (run.dryRun && examined.length > 0) {
    await recordAuditEvent(db, run.origin, {
      action: 'read',
      outcome: 'success',
      procedure: run.procedure,
      entity: 'learners',
      entityIds: examined,
      subjectIds: examined.flatMap((id) => subjectsIn('learner', id)),
      details: { policy: 'learner_data', dryRun: true },
    });
  }
  return {
    code: 'learner_data',
    cutoff: cutoff.toISOString(),
    gone,
    kept: [...kept].map(([ground, count]) => ({ ground, count })).sort((a, b) => b.count - a.count),
  };
}
