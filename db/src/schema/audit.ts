import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { declarePersonalData } from '../personal-data.ts';
import { activities } from './activities.ts';
import { bytea } from './types.ts';

/**
 * Why a staff member reads personal data. Each purpose is a processing activity of the Art. 30
 * register: a read under it reveals only the data categories that activity lists, and only the staff
 * its internal recipients name are offered it. A purpose tied to no activity reveals nothing.
 */
export const auditPurposes = pgTable('audit_purposes', {
  code: text('code').primaryKey(),
  labelFr: text('label_fr').notNull(),
  labelEn: text('label_en').notNull(),
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
  activityId: uuid('activity_id').references(() => activities.id),
});

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/**
 * One row per audited operation. Append-only (grants and triggers in the migrations); holds ids and
 * field names, never personal values. `tx_id` orders the hash chain by transaction (see audit/sealer).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text)::bigint`),
    requestId: uuid('request_id'),
    actorStaffId: uuid('actor_staff_id'),
    actorRole: text('actor_role'),
    actorSessionHash: text('actor_session_hash'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    action: text('action').notNull(),
    procedure: text('procedure'),
    entity: text('entity'),
    entityIds: text('entity_ids').array().notNull().default(sql`'{}'`),
    /** `<kind>:<id>` of every person whose data the operation touched. */
    subjectIds: text('subject_ids').array().notNull().default(sql`'{}'`),
    fields: text('fields').array().notNull().default(sql`'{}'`),
    purposeCode: text('purpose_code').references(() => auditPurposes.code),
    purposeRef: text('purpose_ref'),
    outcome: text('outcome', { enum: auditOutcomes }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_events_tx_order_idx').on(t.txId, t.id),
    index('audit_events_occurred_at_idx').on(t.occurredAt),
    index('audit_events_actor_idx').on(t.actorStaffId, t.occurredAt),
    index('audit_events_request_idx').on(t.requestId),
    index('audit_events_subjects_idx').using('gin', t.subjectIds),
    // The DPO's journal filters on one column and pages by time, newest first: one index per filter.
    index('audit_events_action_idx').on(t.action, t.occurredAt),
    index('audit_events_entity_idx').on(t.entity, t.occurredAt),
    index('audit_events_role_idx').on(t.actorRole, t.occurredAt),
    index('audit_events_purpose_idx').on(t.purposeCode, t.occurredAt),
    index('audit_events_purpose_ref_idx').on(t.purposeRef, t.occurredAt).where(sql`${t.purposeRef} IS NOT NULL`),
    // Most rows succeed: only the rare outcomes need an index of their own.
    index('audit_events_outcome_idx').on(t.outcome, t.occurredAt).where(sql`${t.outcome} <> 'success'`),
  ],
);

/** The log names staff members and carries their IP address and browser: reading it is a disclosure too. */
export const auditEventsPersonalData = declarePersonalData(auditEvents, {
  entity: 'audit',
  subject: { kind: 'staff', key: 'actorStaffId' },
  columns: { ip: 'access_log', userAgent: 'access_log' },
});

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** The hash chain, appended by the sealer a few seconds behind the writers: seq n seals one event. */
export const auditChain = pgTable('audit_chain', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  eventId: bigint('event_id', { mode: 'number' }).notNull().unique(),
  eventTxId: bigint('event_tx_id', { mode: 'number' }).notNull(),
  hash: bytea('hash').notNull(),
  /**
   * How the event's digest was computed (server/src/audit/chain.ts): 1, JSON text, for the links sealed
   * before it existed and by a previous release's processes during a rolling deploy; 2, binary.
   */
  recipe: smallint('recipe').notNull().default(1),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Chain heads published at intervals so that an outside copy can reveal a cut tail. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: bytea('hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Outcome of each `audit verify` run, shown by the DPO console. */
export const auditVerifications = pgTable('audit_verifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  rowsChecked: bigint('rows_checked', { mode: 'number' }).notNull(),
  ok: boolean('ok').notNull(),
  firstBrokenSeq: bigint('first_broken_seq', { mode: 'number' }),
  problem: text('problem'),
});

/**
 * A verification asked for from the console: the job that runs it writes its progress here, so that
 * any server process can answer "how far is it?" and only one process runs it.
 */
export const auditVerificationRuns = pgTable('audit_verification_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp('started_at', { withTimezone: true }),
  /** The chain head when the run started: what 100 % means. */
  rowsTotal: bigint('rows_total', { mode: 'number' }),
  rowsChecked: bigint('rows_checked', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  verificationId: uuid('verification_id').references(() => auditVerifications.id),
  /** Set when the run could not finish (database error): the verification itself said nothing. */
  error: text('error'),
});

/**
 * Where the chain now starts: the retention engine removed the audit rows of whole sealed months
 * before `before`, up to chain position `seq`, whose stored hash the remaining chain links from.
 * Written only by the owner's `vigie_audit_purge` (migration 0022); append-only like the chain.
 */
export const auditPurges = pgTable('audit_purges', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: bytea('hash').notNull(),
  before: timestamp('before', { withTimezone: true }).notNull(),
  rows: bigint('rows', { mode: 'number' }).notNull(),
  purgedAt: timestamp('purged_at', { withTimezone: true }).notNull().defaultNow(),
});
