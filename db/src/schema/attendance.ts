import { boolean, index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { declarePersonalData } from '../personal-data.ts';
import { trainingContracts } from './contracts.ts';
import { learners } from './learners.ts';

/** Émargement: one row per session of a contract. `learner_id` repeats the contract's for the audit. */
export const attendance = pgTable(
  'attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => trainingContracts.id),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    sessionAt: timestamp('session_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    present: boolean('present').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
  },
  (t) => [index('attendance_contract_idx').on(t.contractId, t.sessionAt), index('attendance_learner_idx').on(t.learnerId, t.sessionAt)],
);

export const attendancePersonalData = declarePersonalData(attendance, {
  entity: 'attendance',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { sessionAt: 'movement', durationMinutes: 'movement', present: 'movement', signedAt: 'attendance_evidence' },
});
