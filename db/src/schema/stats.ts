import { sql } from 'drizzle-orm';
import { bigint, check, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { staffUsers } from './staff.ts';

/**
 * The statistics rollup: for each period (a calendar year of contract starts), the grand total, every
 * one-dimension cell and every two-dimension cell, as sums over learners. It never holds an id or a
 * free text, only counts and sums; the suppression runs on it when a table is asked. `dim_a < dim_b`,
 * an empty `dim_b` (and `dim_a`) marks a margin (the grand total). Written by the rollup job alone.
 */
export const statsCells = pgTable(
  'stats_cells',
  {
    period: smallint('period').notNull(),
    dimA: text('dim_a').notNull(),
    valueA: text('value_a').notNull(),
    dimB: text('dim_b').notNull(),
    valueB: text('value_b').notNull(),
    learners: integer('learners').notNull(),
    contracts: integer('contracts').notNull(),
    completed: integer('completed').notNull(),
    minutesAttended: bigint('minutes_attended', { mode: 'number' }).notNull(),
    sessions: integer('sessions').notNull(),
    sessionsPresent: integer('sessions_present').notNull(),
    /** Learners with at least one session: the attendance rate rests on them. */
    attendanceLearners: integer('attendance_learners').notNull(),
    progressSum: integer('progress_sum').notNull(),
    progressLearners: integer('progress_learners').notNull(),
    surveySum: numeric('survey_sum', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    surveyLearners: integer('survey_learners').notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.dimA, t.valueA, t.dimB, t.valueB] })],
);

/** When the rollup last ran: the screen says how fresh its figures are. */
export const statsRefreshes = pgTable('stats_refreshes', {
  id: smallint('id').primaryKey().default(1),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  durationMs: integer('duration_ms').notNull(),
});

/** The disclosure threshold k: the DPO alone changes it, never below 3 (the database refuses too). */
export const statsSettings = pgTable(
  'stats_settings',
  {
    id: smallint('id').primaryKey().default(1),
    threshold: smallint('threshold').notNull().default(5),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => staffUsers.id),
  },
  (t) => [check('stats_settings_threshold_check', sql`${t.threshold} >= 3`), check('stats_settings_single', sql`${t.id} = 1`)],
);

export type StatsCell = typeof statsCells.$inferSelect;
