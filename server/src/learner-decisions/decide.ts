import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { learnerDecisionKinds, learnerStatuses } from '@vigie/domain/enums';
import { written } from '../audit/revealed.ts';
import { decisionReader } from './resource.ts';

const { learnerDecisions: d } = schema;

export interface Decision {
  learnerId: string;
  kind: (typeof learnerDecisionKinds)[number];
  reason: string;
  reviewOn?: string | null;
  priorStatus?: (typeof learnerStatuses)[number] | null;
}

/**
 * Appends one decision and answers with it as saved (author's name included); the audit names the
 * learner and the columns written. The caller has locked the learner.
 */
export async function recordDecision(db: Database, staffId: string, decision: Decision) {
  const [row] = await db
    .insert(d)
    .values({ ...decision, reviewOn: decision.reviewOn ?? null, priorStatus: decision.priorStatus ?? null, staffId })
    .returning({ id: d.id });
  if (!row) throw new Error('learner decision not inserted');
  const saved = await decisionReader.one(db, row.id);
  return { data: saved.data, audit: { ...written(saved.audit, d, [d.reason, d.reviewOn]), details: { kind: decision.kind } } };
}

/** The learner's latest block or unblock, if any: what an unblock undoes, what a new block extends. */
export async function latestBlockDecision(db: Database, learnerId: string) {
  const [row] = await db
    .select({ kind: d.kind, priorStatus: d.priorStatus })
    .from(d)
    .where(and(eq(d.learnerId, learnerId), inArray(d.kind, ['block', 'unblock'])))
    .orderBy(desc(d.id))
    .limit(1);
  return row;
}

/** `updated_at` of the learner a decision changes. */
export const touchLearner = sql`now()`;
