import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { personalDataCategories } from '@vigie/domain/enums';

/** A personal-data breach (GDPR Art. 33): what happened, to how many people, and who was told when. */
export const breaches = pgTable(
  'breaches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull(),
    description: text('description').notNull(),
    dataCategories: text('data_categories').array().$type<(typeof personalDataCategories)[number][]>().notNull(),
    approximatePeople: integer('approximate_people').notNull(),
    consequences: text('consequences').notNull(),
    measures: text('measures').notNull(),
    /** Due within 72 hours of detection (Art. 33(1)). */
    cnilNotifiedAt: timestamp('cnil_notified_at', { withTimezone: true }),
    peopleInformedAt: timestamp('people_informed_at', { withTimezone: true }),
    /** Why the people were not informed (Art. 34(3)), where they were not. */
    peopleNotInformedReason: text('people_not_informed_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('breaches_people_check', sql`${t.approximatePeople} >= 0`),
    check('breaches_notified_check', sql`${t.cnilNotifiedAt} IS NULL OR ${t.cnilNotifiedAt} >= ${t.detectedAt}`),
    check('breaches_informed_check', sql`${t.peopleInformedAt} IS NULL OR ${t.peopleInformedAt} >= ${t.detectedAt}`),
  ],
);
