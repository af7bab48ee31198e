import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { interactionChannels } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { learners } from './learners.ts';
import { staffUsers } from './staff.ts';

/** Contacts with the service desk and what was said (relation client). */
export const interactions = pgTable(
  'interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    channel: text('channel', { enum: interactionChannels }).notNull(),
    summary: text('summary').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interactions_learner_idx').on(t.learnerId, t.occurredAt)],
);

export const interactionsPersonalData = declarePersonalData(interactions, {
  entity: 'interactions',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { channel: 'customer_service', summary: 'customer_service', occurredAt: 'customer_service' },
});
