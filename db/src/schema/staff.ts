import { sql } from 'drizzle-orm';
import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { staffRoles } from '@vigie/domain/roles';
import { declarePersonalData } from '../personal-data.ts';

export const staffUsers = pgTable(
  'staff_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: staffRoles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_users_email_key').on(sql`lower(${t.email})`)],
);

export type StaffUser = typeof staffUsers.$inferSelect;

export const staffPersonalData = declarePersonalData(staffUsers, {
  entity: 'staff',
  subject: { kind: 'staff', key: 'id' },
  columns: { email: 'contact', displayName: 'identity', passwordHash: 'credentials' },
});
