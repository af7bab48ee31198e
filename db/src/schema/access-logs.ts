import { bigserial, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { declarePersonalData } from '../personal-data.ts';
import { learners } from './learners.ts';

/**
 * Sign-ins on the learner platform (IP and browser data): kept six months, then purged. Partitioned by
 * month of `occurred_at` (migration 0017, by hand: drizzle-kit does not know partitions), so the purge
 * drops whole months; hence a serial id (an identity column cannot sit on a partitioned table before
 * PostgreSQL 17) and a primary key that holds the partition key.
 */
export const platformAccessLogs = pgTable(
  'platform_access_logs',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    ip: text('ip').notNull(),
    browser: text('browser').notNull(),
    os: text('os').notNull(),
    screen: text('screen'),
    referrer: text('referrer'),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    index('platform_access_logs_learner_idx').on(t.learnerId, t.occurredAt), index('platform_access_logs_time_idx').on(t.occurredAt)],
);

export const platformAccessLogsPersonalData = declarePersonalData(platformAccessLogs, {
  entity: 'accessLogs',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { occurredAt: 'access_log', ip: 'access_log', browser: 'access_log', os: 'access_log', screen: 'access_log', referrer: 'access_log' },
});
