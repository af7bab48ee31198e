import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { disclosureDecisions, personalDataCategories } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { staffUsers } from './staff.ts';

/** A request from the police, a court or another authority, and what was disclosed (domain rule 5). */
export const disclosures = pgTable(
  'disclosures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authority: text('authority').notNull(),
    reference: text('reference').notNull(),
    /** The text the authority relies on, e.g. "Réquisition, art. 60-1 du code de procédure pénale". */
    legalBasis: text('legal_basis').notNull(),
    receivedOn: date('received_on').notNull(),
    /** The learners concerned; a subject-access answer looks itself up here (GIN index). */
    learnerIds: uuid('learner_ids').array().notNull(),
    dataCategories: text('data_categories').array().$type<(typeof personalDataCategories)[number][]>().notNull(),
    decision: text('decision', { enum: disclosureDecisions }).notNull(),
    /** The DPO who took the decision. */
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => staffUsers.id),
    disclosedOn: date('disclosed_on'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('disclosures_learners_idx').using('gin', t.learnerIds),
    check('disclosures_dates_check', sql`${t.disclosedOn} IS NULL OR ${t.disclosedOn} >= ${t.receivedOn}`),
  ],
);

/** That a learner was the subject of an authority's request is personal data about them. */
export const disclosuresPersonalData = declarePersonalData(disclosures, {
  entity: 'disclosures',
  subject: { kind: 'learner', key: 'learnerIds' },
  columns: { learnerIds: 'identity' },
});
