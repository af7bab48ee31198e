import { bigint, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { learnerDecisionKinds, learnerStatuses } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { learners } from './learners.ts';
import { staffUsers } from './staff.ts';

/**
 * Every block, unblock, legal hold and its lifting, with who decided, when and why: append-only (the
 * server may only insert; a trigger refuses UPDATE, DELETE and TRUNCATE for everyone, migration 0017).
 * The learner's current block is its latest `block` row while the learner's status is `blocked`.
 */
export const learnerDecisions = pgTable(
  'learner_decisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    kind: text('kind', { enum: learnerDecisionKinds }).notNull(),
    reason: text('reason').notNull(),
    /** A block's review date, or a legal hold's end; none for a lifting. */
    reviewOn: date('review_on'),
    /** The status a block replaced, which its unblock restores. */
    priorStatus: text('prior_status', { enum: learnerStatuses }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learner_decisions_learner_idx').on(t.learnerId, t.id)],
);

export const learnerDecisionsPersonalData = declarePersonalData(learnerDecisions, {
  entity: 'learnerDecisions',
  subject: { kind: 'learner', key: 'learnerId' },
  // Suspected fraud, a breach of the terms: the same category as the legal hold on the learner.
  columns: { reason: 'contract', reviewOn: 'contract' },
});
