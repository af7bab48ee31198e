import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { personalDataCategories, retentionPolicyCodes, retentionRunStatuses, retentionUnits } from '@vigie/domain/enums';
import { activities } from './activities.ts';
import { staffUsers } from './staff.ts';

/**
 * What the retention engine purges, one row per kind of data. Where the register holds the rule
 * (`activityId` + `category`), the period is the register's: editing the register moves the purge.
 * Only data the register does not describe (sessions, answer packages, the audit log) carries its
 * own period here.
 */
export const retentionPolicies = pgTable(
  'retention_policies',
  {
    code: text('code', { enum: retentionPolicyCodes }).primaryKey(),
    position: integer('position').notNull(),
    activityId: uuid('activity_id').references(() => activities.id),
    category: text('category', { enum: personalDataCategories }),
    period: integer('period'),
    unit: text('unit', { enum: retentionUnits }),
    enabled: boolean('enabled').notNull().default(true),
  },
  (t) => [
    check(
      'retention_policies_source_check',
      sql`(${t.activityId} IS NOT NULL AND ${t.category} IS NOT NULL) OR (${t.period} IS NOT NULL AND ${t.unit} IS NOT NULL)`,
    ),
  ],
);

/** The outcome of one policy in a run: what went (or would go), and what was kept and why. */
export interface RetentionPolicyResult {
  code: (typeof retentionPolicyCodes)[number];
  cutoff: string | null;
  gone: number;
  kept: { ground: string; count: number }[];
  /** The audit log's: the chain position and hash the remaining chain starts from (`seq:hash`). */
  checkpoint?: string;
  /** A sentence for an operator when the policy could not run (no rule in the register...). */
  skipped?: string;
}

/**
 * One run of the engine (daily job, "Lancer maintenant" or the CLI). Its progress lives here, not in
 * a process's memory, so any server process can show it; at most one real run is `running` at a time.
 */
export const retentionRuns = pgTable('retention_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  dryRun: boolean('dry_run').notNull(),
  trigger: text('trigger', { enum: ['job', 'staff', 'cli'] }).notNull(),
  startedBy: uuid('started_by').references(() => staffUsers.id),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  status: text('status', { enum: retentionRunStatuses }).notNull().default('running'),
  /** Policies done out of `steps`: the screen's progress bar. */
  done: integer('done').notNull().default(0),
  steps: integer('steps').notNull().default(0),
  results: jsonb('results').$type<RetentionPolicyResult[]>().notNull().default(sql`'[]'`),
  error: text('error'),
});
