import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { declarePersonalData } from '../personal-data.ts';

/** People who wrote through the website's contact form: kept while an exchange can be expected (3 years). */
export const prospects = pgTable(
  'prospects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fullName: text('full_name').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    company: text('company'),
    need: text('need'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last contact the prospect initiated: the 3-year rule runs from it, not from our calls. */
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }).notNull().defaultNow(),
    newsletterConsent: boolean('newsletter_consent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('prospects_last_contact_idx').on(t.lastContactAt)],
);

export const prospectsPersonalData = declarePersonalData(prospects, {
  entity: 'prospects',
  subject: { kind: 'prospect', key: 'id' },
  columns: {
    fullName: 'identity',
    phone: 'contact',
    email: 'contact',
    company: 'employment',
    need: 'customer_service',
    receivedAt: 'contact',
    lastContactAt: 'contact',
    newsletterConsent: 'contact',
  },
});
