import { index, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { employerContactRoles } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';

/** A company that buys training; a legal person, so not personal data itself. */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    siret: varchar('siret', { length: 14 }).notNull(),
    sector: text('sector').notNull(),
    city: text('city').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('employers_siret_key').on(t.siret), index('employers_name_idx').on(t.name)],
);

/** The employer's people we deal with (HR, supervisor, sponsor): data subjects too. */
export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    role: text('role', { enum: employerContactRoles }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('employer_contacts_employer_idx').on(t.employerId)],
);

export const employerContactsPersonalData = declarePersonalData(employerContacts, {
  entity: 'employerContacts',
  subject: { kind: 'employer_contact', key: 'id' },
  columns: {
    lastName: 'identity',
    firstName: 'identity',
    email: 'contact',
    phone: 'contact',
    role: 'employment',
  },
});
