import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  type AnyPgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { personalDataCategories, processorRoles, processorStatuses, transferSafeguards } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { activities } from './activities.ts';
import { staffUsers } from './staff.ts';
import { bytea } from './types.ts';

type DataCategory = (typeof personalDataCategories)[number];

/** A processor (sous-traitant, GDPR Art. 28) and the contract (DPA) that binds it. */
export const processors = pgTable(
  'processors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    service: text('service').notNull(),
    role: text('role', { enum: processorRoles }).notNull().default('processor'),
    /** The processor a sub-processor works for. */
    parentId: uuid('parent_id').references((): AnyPgColumn => processors.id),
    country: varchar('country', { length: 2 }).notNull(),
    /** Outside the EU/EEA: whether the Commission found the country adequate (Art. 45). */
    adequacyDecision: boolean('adequacy_decision').notNull().default(false),
    safeguard: text('safeguard', { enum: transferSafeguards }).notNull().default('none'),
    /** For standard contractual clauses: which decision and module. */
    safeguardVersion: text('safeguard_version'),
    dataCategories: text('data_categories').array().$type<DataCategory[]>().notNull().default(sql`'{}'`),
    purposes: text('purposes').array().notNull().default(sql`'{}'`),
    contractSignedOn: date('contract_signed_on'),
    /** The contract's review or expiry date. */
    contractReviewOn: date('contract_review_on'),
    securityMeasures: text('security_measures').array().notNull().default(sql`'{}'`),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    status: text('status', { enum: processorStatuses }).notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('processors_name_key').on(t.name),
    index('processors_parent_idx').on(t.parentId),
    check('processors_parent_check', sql`(${t.role} = 'sub_processor') = (${t.parentId} IS NOT NULL)`),
  ],
);

/** The contact person at the processor is a data subject: reading them is audited like any read. */
export const processorsPersonalData = declarePersonalData(processors, {
  entity: 'processors',
  subject: { kind: 'processor_contact', key: 'id' },
  columns: { contactName: 'identity', contactEmail: 'contact', contactPhone: 'contact' },
});

/** The signed contract as uploaded (a PDF), kept apart so that lists never drag it along. */
export const processorContracts = pgTable('processor_contracts', {
  processorId: uuid('processor_id')
    .primaryKey()
    .references(() => processors.id),
  bytes: bytea('bytes').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  uploadedBy: uuid('uploaded_by')
    .notNull()
    .references(() => staffUsers.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which processing activities a processor serves: the activity's recipients, seen from either side. */
export const activityProcessors = pgTable(
  'activity_processors',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    processorId: uuid('processor_id')
      .notNull()
      .references(() => processors.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.processorId] }), index('activity_processors_processor_idx').on(t.processorId)],
);

/**
 * A transfer of personal data to a processor (the newsletter audience handed to Brevo): when, by whom
 * and how many people; whom exactly is in the audit row of the same transaction.
 */
export const processorTransfers = pgTable(
  'processor_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    processorId: uuid('processor_id')
      .notNull()
      .references(() => processors.id),
    kind: text('kind').notNull(),
    recipientCount: integer('recipient_count').notNull(),
    staffId: uuid('staff_id').references(() => staffUsers.id),
    transferredAt: timestamp('transferred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('processor_transfers_processor_idx').on(t.processorId, t.transferredAt)],
);
