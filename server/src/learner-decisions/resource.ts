import { schema } from '@vigie/db';
import { and, eq, exists, lt, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { type DecisionRecord, type decisionFilter, decisionSort } from './schemas.ts';

const { learnerDecisions: d, learners, staffUsers } = schema;
const qb = new QueryBuilder();

/**
 * The block in force: a `block` row that is its learner's latest block or unblock, while the learner
 * is still blocked (an erasure ends every block without a decision of its own).
 */
export const blockInForce = and(
  eq(d.kind, 'block'),
  sql`${d.id} = (select max(x.id) from ${d} x where x.learner_id = ${d.learnerId} and x.kind in ('block', 'unblock'))`,
  exists(qb.select({ one: sql`1` }).from(learners).where(and(eq(learners.id, d.learnerId), eq(learners.status, 'blocked')))),
);

const fields = {
  id: d.id,
  learnerId: d.learnerId,
  kind: d.kind,
  reason: d.reason,
  reviewOn: d.reviewOn,
  priorStatus: d.priorStatus,
  staffId: d.staffId,
  authorName: staffUsers.displayName,
  decidedAt: d.decidedAt,
};

const filter: FilterSql<z.infer<typeof decisionFilter>> = {
  learnerId: equalTo(d.learnerId),
  kind: equalTo(d.kind),
  current: (current) => (current ? blockInForce : undefined),
  reviewDue: (due) => (due ? and(blockInForce, lt(d.reviewOn, sql`current_date`)) : undefined),
};

/** The history of decisions on learners, newest first by default, with each author's name. */
export const decisionReader = defineReader({
  table: d,
  join: (query) => query.leftJoin(staffUsers, eq(staffUsers.id, d.staffId)),
  id: d.id,
  fields,
  toRecord: (row): DecisionRecord => ({ ...row, decidedAt: instant(row.decidedAt) }),
  sort: sortable(fields, decisionSort.shape.field.options),
  filter,
  references: { learnerId: d.learnerId },
  notFound: 'Décision introuvable.',
});
