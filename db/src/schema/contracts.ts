import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cefrLevels, contractStatuses, fundings } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { employers } from './employers.ts';
import { learners } from './learners.ts';

export const trainingContracts = pgTable(
  'training_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    funding: text('funding', { enum: fundings }).notNull(),
    /** Only for employer-funded contracts: the rule of who may see the learner's results hangs on it. */
    employerId: uuid('employer_id').references(() => employers.id),
    course: text('course').notNull(),
    language: text('language').notNull(),
    targetLevel: text('target_level', { enum: cefrLevels }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    status: text('status', { enum: contractStatuses }).notNull(),
    priceCents: integer('price_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_contracts_learner_idx').on(t.learnerId),
    index('training_contracts_employer_idx').on(t.employerId, t.funding),
    check('training_contracts_employer_funding', sql`(${t.funding} = 'employer') = (${t.employerId} IS NOT NULL)`),
    check('training_contracts_dates', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

export const trainingContractsPersonalData = declarePersonalData(trainingContracts, {
  entity: 'contracts',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: {
    funding: 'contract',
    employerId: 'contract',
    course: 'contract',
    language: 'contract',
    targetLevel: 'pedagogical',
    hours: 'contract',
    startDate: 'contract',
    endDate: 'contract',
    status: 'contract',
    priceCents: 'contract',
  },
});
