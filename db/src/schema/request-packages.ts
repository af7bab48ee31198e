import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { learners } from './learners.ts';
import { subjectRequests } from './requests.ts';
import { staffUsers } from './staff.ts';
import { bytea } from './types.ts';

/**
 * The answer to an access or portability request (a zip of the learner's data), kept only until its
 * download link expires, then purged. Not declared as personal data of its own: it is a copy of the
 * declared data, produced and downloaded through audited exports, never read otherwise.
 */
export const requestPackages = pgTable(
  'request_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => subjectRequests.id),
    learnerId: uuid('learner_id')
      .notNull()
      .references(() => learners.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    index('request_packages_request_idx').on(t.requestId),
    index('request_packages_expiry_idx').on(t.expiresAt),
    check('request_packages_expiry_check', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);
