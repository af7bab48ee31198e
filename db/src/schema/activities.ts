import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  dataSubjectCategories,
  internalRecipients,
  legalBases,
  personalDataCategories,
  retentionEvents,
  retentionUnits,
} from '@vigie/domain/enums';

/**
 * How long one category of data is kept: `period` `unit` after `startsAt` ("6 months after collection",
 * "0 months after the end of the contract"). The retention engine and subject-access answers read it.
 */
export interface RetentionRule {
  category: (typeof personalDataCategories)[number];
  period: number;
  unit: (typeof retentionUnits)[number];
  startsAt: (typeof retentionEvents)[number];
  /** The legal ground of a longer period, e.g. "Code de commerce, art. L123-22". */
  note?: string | undefined;
  /** The ground covers only these fields of the category (the objection to visits, not the whole profile). */
  fields?: string[] | undefined;
  /** Only anonymised results outlive the period: the ground keeps nothing that names the person. */
  anonymised?: boolean | undefined;
}

/** One processing activity of the register (GDPR Art. 30(1)). */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis', { enum: legalBases }).notNull(),
    /** The interest pursued, stated where the basis is legitimate interest (Art. 6(1)(f)). */
    legitimateInterest: text('legitimate_interest'),
    subjectCategories: text('subject_categories')
      .array()
      .$type<(typeof dataSubjectCategories)[number][]>()
      .notNull(),
    dataCategories: text('data_categories').array().$type<(typeof personalDataCategories)[number][]>().notNull(),
    internalRecipients: text('internal_recipients')
      .array()
      .$type<(typeof internalRecipients)[number][]>()
      .notNull()
      .default(sql`'{}'`),
    /** Whether the employer receives data (only where it pays for the training: domain rule 1). */
    employerRecipient: boolean('employer_recipient').notNull().default(false),
    retention: jsonb('retention').$type<RetentionRule[]>().notNull().default(sql`'[]'`),
    securityMeasures: text('security_measures').array().notNull().default(sql`'{}'`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activities_name_key').on(t.name),
    check(
      'activities_interest_check',
      sql`${t.legalBasis} <> 'legitimate_interest' OR coalesce(${t.legitimateInterest}, '') <> ''`,
    ),
  ],
);
