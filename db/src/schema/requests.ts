import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  identityMethods,
  rejectionGrounds,
  requestChannels,
  requestEventKinds,
  requestStatuses,
  type requestTypes,
} from '@vigie/domain/enums';
import { declarePersonalData } from '../personal-data.ts';
import { learners } from './learners.ts';
import { staffUsers } from './staff.ts';

/**
 * A subject-rights request, from receipt to answer. The requester is recorded as they wrote in; the
 * learner it concerns is matched by staff (none when nobody matches). Dates of the legal deadline are
 * calendar days (`date`), computed by the server (domain/src/request-deadline.ts).
 */
export const subjectRequests = pgTable(
  'subject_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    types: text('types').array().notNull().$type<(typeof requestTypes)[number][]>(),
    receivedAt: date('received_at').notNull(),
    dueAt: date('due_at').notNull(),
    status: text('status', { enum: requestStatuses }).notNull().default('received'),
    channel: text('channel', { enum: requestChannels }).notNull(),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email'),
    /** A postal address or phone number, as given, when the request did not come by email. */
    requesterContact: text('requester_contact'),
    /** What the requester asked, in their words or a summary of them. */
    description: text('description'),
    learnerId: uuid('learner_id').references(() => learners.id),
    assigneeId: uuid('assignee_id').references(() => staffUsers.id),
    identityMethod: text('identity_method', { enum: identityMethods }),
    identityCheckedBy: uuid('identity_checked_by').references(() => staffUsers.id),
    identityCheckedAt: timestamp('identity_checked_at', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    /** The day the requester was told of the extension and why (Art. 12(3): within the first month). */
    extensionToldOn: date('extension_told_on'),
    originalDueAt: date('original_due_at'),
    rejectionGround: text('rejection_ground', { enum: rejectionGrounds }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('subject_requests_due_idx').on(t.status, t.dueAt),
    index('subject_requests_assignee_idx').on(t.assigneeId, t.dueAt),
    index('subject_requests_learner_idx').on(t.learnerId),
    check('subject_requests_types_check', sql`cardinality(${t.types}) > 0`),
    check('subject_requests_due_check', sql`${t.dueAt} > ${t.receivedAt}`),
  ],
);

export const subjectRequestsPersonalData = declarePersonalData(subjectRequests, {
  entity: 'requests',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: {
    requesterName: 'identity',
    requesterEmail: 'contact',
    requesterContact: 'contact',
    description: 'customer_service',
    types: 'customer_service',
    identityMethod: 'customer_service',
    extensionReason: 'customer_service',
    rejectionGround: 'customer_service',
  },
});

/**
 * The request's timeline: transitions, notes, documents, checks, each step done. Append-only (grants
 * and triggers in the migration). `learner_id` is the learner the request concerned when the event was
 * written, so that the audit of a timeline read names that person.
 */
export const subjectRequestEvents = pgTable(
  'subject_request_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => subjectRequests.id),
    learnerId: uuid('learner_id').references(() => learners.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    kind: text('kind', { enum: requestEventKinds }).notNull(),
    statusFrom: text('status_from', { enum: requestStatuses }),
    statusTo: text('status_to', { enum: requestStatuses }),
    /** Free text typed by staff: a note, a reason. */
    note: text('note'),
    /** Structured facts of the step (method, ground, processing, fields changed, document metadata...). */
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('subject_request_events_request_idx').on(t.requestId, t.id)],
);

export const subjectRequestEventsPersonalData = declarePersonalData(subjectRequestEvents, {
  entity: 'requestEvents',
  subject: { kind: 'learner', key: 'learnerId' },
  columns: { note: 'customer_service', details: 'customer_service' },
});
