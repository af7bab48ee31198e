import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { learnerStatuses } from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { employers } from './employers.ts';
import { bytea } from './types.ts';

/**
 * The free-text search covers names, email and phone, without case or accents ("helene" finds Hélène).
 * Stored, so that checking a trigram candidate reads text instead of recomputing it (4 µs a row, 40 ms
 * for the 10,000 "martin"). `vigie_unaccent` is an immutable wrapper (migration 0004).
 */
const searchTextOf = sql.raw(
  `vigie_unaccent(lower(last_name || ' ' || first_name || ' ' || email || ' ' || coalesce(regexp_replace(phone, '[^0-9+]', '', 'g'), '')))`,
);

export const learners = pgTable(
  'learners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    locality: text('locality'),
    country: varchar('country', { length: 2 }).notNull().default('FR'),
    presentation: text('presentation'),
    employerId: uuid('employer_id').references(() => employers.id),
    profitCentre: text('profit_centre'),
    jobTitle: text('job_title'),
    newsletterConsent: boolean('newsletter_consent').notNull().default(false),
    objectsToQualityVisits: boolean('objects_to_quality_visits').notNull().default(false),
    objectsToAnalytics: boolean('objects_to_analytics').notNull().default(false),
    objectsToStatistics: boolean('objects_to_statistics').notNull().default(false),
    status: text('status', { enum: learnerStatuses }).notNull().default('active'),
    /** Set while processing is restricted (GDPR Art. 18): only the DPO sees the learner's data. */
    restrictedAt: timestamp('restricted_at', { withTimezone: true }),
    /**
     * A legal hold placed by an admin (suspected fraud, a dispute): every datum is kept until that day,
     * whatever an erasure request asks (GDPR Art. 17(3)(e)). Reason and date go together.
     */
    legalHoldUntil: date('legal_hold_until'),
    legalHoldReason: text('legal_hold_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchText: text('search_text').generatedAlwaysAs(searchTextOf),
  },
  (t) => [
    index('learners_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Also one- and two-letter searches: they walk it from the prefix (too short for trigrams).
    index('learners_name_idx').on(t.lastName, t.firstName, t.id),
    index('learners_employer_idx').on(t.employerId),
    index('learners_locality_idx').on(t.locality),
    index('learners_status_idx').on(t.status),
    check('learners_legal_hold_check', sql`(${t.legalHoldUntil} IS NULL) = (${t.legalHoldReason} IS NULL)`),
  ],
);

export const learnersPersonalData = declarePersonalData(learners, {
  entity: 'learners',
  subject: { kind: 'learner', key: 'id' },
  columns: {
    lastName: 'identity',
    firstName: 'identity',
    email: 'contact',
    phone: 'contact',
    locality: 'profile',
    country: 'profile',
    presentation: 'profile',
    employerId: 'employment',
    profitCentre: 'employment',
    jobTitle: 'employment',
    newsletterConsent: 'contact',
    objectsToQualityVisits: 'profile',
    objectsToAnalytics: 'profile',
    objectsToStatistics: 'profile',
    // A hold follows a breach of the contract's terms or of the law (domain rule 8).
    legalHoldUntil: 'contract',
    legalHoldReason: 'contract',
  },
  derived: { searchText: ['lastName', 'firstName', 'email', 'phone'] },
});

/** Kept apart so that lists never drag images along; serving one is an audited read. */
export const learnerPhotos = pgTable('learner_photos', {
  learnerId: uuid('learner_id')
    .primaryKey()
    .references(() => learners.id),
  mimeType: text('mime_type').notNull(),
  bytes: bytea('bytes').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const learnerPhotosPersonalData = declarePersonalData(learnerPhotos, {
  entity: 'learnerPhotos',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { bytes: 'profile', mimeType: 'profile' },
});
