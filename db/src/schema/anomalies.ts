import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { anomalyRules } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { staffUsers } from './staff.ts';

export type AnomalyRule = (typeof anomalyRules)[number];

/** Each rule's switch and thresholds, changed by the DPO (validated per rule on the server). */
export const anomalyRuleSettings = pgTable('anomaly_rule_settings', {
  rule: text('rule', { enum: anomalyRules }).primaryKey(),
  enabled: boolean('enabled').notNull().default(true),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => staffUsers.id),
});

/**
 * One audit event a rule flagged for review. A copy of the actor and time keeps the queue fast
 * without joining the 10-million-row log; `key` is what the rule counted by (a staff id, an IP).
 */
export const anomalyFlags = pgTable(
  'anomaly_flags',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    rule: text('rule', { enum: anomalyRules }).notNull(),
    // No foreign key: the log stays free to be partitioned by month, and TRUNCATE still hits its guard.
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorStaffId: uuid('actor_staff_id'),
    key: text('key'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    flaggedAt: timestamp('flagged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('anomaly_flags_rule_event_key').on(t.rule, t.eventId),
    index('anomaly_flags_time_idx').on(t.occurredAt, t.id),
  ],
);

export const anomalyFlagsPersonalData = declarePersonalData(anomalyFlags, {
  entity: 'anomalies',
  subject: { kind: 'staff', key: 'actorStaffId' },
  // The key of a failed-sign-in flag can be an IP address.
  columns: { key: 'access_log' },
});

/** The DPO's verdict on a flag: its own append-only table, so a review never touches the audit log. */
export const anomalyReviews = pgTable('anomaly_reviews', {
  flagId: bigint('flag_id', { mode: 'number' })
    .primaryKey()
    .references(() => anomalyFlags.id),
  reviewedBy: uuid('reviewed_by')
    .notNull()
    .references(() => staffUsers.id),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  note: text('note').notNull(),
});

/** How far the rules have read the sealed chain: one row, moved by the job under its lock. */
export const anomalyScan = pgTable('anomaly_scan', {
  id: text('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull().defaultNow(),
});
