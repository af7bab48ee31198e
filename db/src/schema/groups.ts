import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { declarePersonalData } from '../personal-data.ts';
import { employers } from './employers.ts';
import { learners } from './learners.ts';

/** A closed group: one employer's learners trained together (members see a few of each other's fields). */
export const trainingGroups = pgTable('training_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  employerId: uuid('employer_id')
    .notNull()
    .references(() => employers.id),
  name: text('name').notNull(),
  language: text('language').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => trainingGroups.id),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.learnerId] }), index('group_members_learner_idx').on(t.learnerId)],
);

export const groupMembersPersonalData = declarePersonalData(groupMembers, {
  entity: 'groups',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { learnerId: 'profile', joinedAt: 'profile' },
});
