import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { staffRoles } from '@vigie/domain/roles';
import { and, arrayContains, asc, desc, eq, gt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { badField } from '../errors.ts';
import { pagination, sortOn } from '../resource-params.ts';
import { type FilterSql } from '../resources/reader.ts';
import { auditActions } from './events.ts';
import { onOrAfter, onOrBefore, periodBound } from './period.ts';

const { auditEvents: e, staffUsers } = schema;

/** react-admin's filter form may send an emptied box as '': no filter, like an absent key. */
const optional = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type.optional());

export const journalFilter = z.object({
  actorStaffId: optional(z.uuid()),
  actorRole: optional(z.enum(staffRoles)),
  action: optional(z.enum(auditActions)),
  entity: optional(z.string().trim().max(60)),
  /** Picked by name in the console: that look-up is itself an audited read of `learners`. */
  learnerId: optional(z.uuid()),
  purposeCode: optional(z.string().trim().max(60)),
  purposeRef: optional(z.string().trim().max(100)),
  outcome: optional(z.enum(schema.auditOutcomes)),
  from: optional(periodBound),
  until: optional(periodBound),
});
export type JournalFilter = z.infer<typeof journalFilter>;

export const learnerSubject = (learnerId: string) => `learner:${learnerId}`;

const conditions: FilterSql<JournalFilter> = {
  actorStaffId: (id) => eq(e.actorStaffId, id),
  actorRole: (role) => eq(e.actorRole, role),
  action: (action) => eq(e.action, action),
  entity: (entity) => eq(e.entity, entity),
  learnerId: (id) => arrayContains(e.subjectIds, [learnerSubject(id)]),
  purposeCode: (code) => eq(e.purposeCode, code),
  purposeRef: (ref) => eq(e.purposeRef, ref),
  outcome: (outcome) => eq(e.outcome, outcome),
  from: (bound) => onOrAfter(e.occurredAt, bound),
  until: (bound) => onOrBefore(e.occurredAt, bound),
};

export function journalWhere(filter: JournalFilter | undefined): SQL | undefined {
  if (!filter) return undefined;
  const keys = Object.keys(conditions) as (keyof JournalFilter)[];
  // Each key's value has that key's type; TypeScript cannot follow the pairing through the loop.
  return and(...keys.map((key) => (filter[key] === undefined ? undefined : conditions[key](filter[key] as never))));
}

export const journalRecord = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorStaffId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  procedure: z.string().nullable(),
  entity: z.string().nullable(),
  entityIds: z.array(z.string()),
  subjectIds: z.array(z.string()),
  fields: z.array(z.string()),
  purposeCode: z.string().nullable(),
  purposeRef: z.string().nullable(),
  outcome: z.enum(schema.auditOutcomes),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type JournalRecord = z.infer<typeof journalRecord>;

export const journalSort = sortOn(['occurredAt']);
export const journalListInput = z.object({
  pagination,
  sort: journalSort.optional(),
  filter: journalFilter.optional(),
});
export const journalReferenceInput = journalListInput.extend({
  target: z.enum(['learnerId', 'actorStaffId']),
  id: z.uuid(),
});

/** No total: counting millions of rows is what makes a log slow. react-admin's partial pagination. */
export const journalPage = z.object({
  data: z.array(journalRecord),
  pageInfo: z.object({ hasNextPage: z.boolean(), hasPreviousPage: z.boolean() }),
});

// Offsets cost what they skip: past this depth, the DPO narrows the filters (period, staff, learner).
export const MAX_DEPTH = 10_000;

const columns = {
  id: e.id,
  occurredAt: e.occurredAt,
  actorStaffId: e.actorStaffId,
  actorName: staffUsers.displayName,
  actorRole: e.actorRole,
  action: e.action,
  procedure: e.procedure,
  entity: e.entity,
  entityIds: e.entityIds,
  subjectIds: e.subjectIds,
  fields: e.fields,
  purposeCode: e.purposeCode,
  purposeRef: e.purposeRef,
  outcome: e.outcome,
  ip: e.ip,
  userAgent: e.userAgent,
  details: e.details,
};

const selectEvents = (db: Database) =>
  db.select(columns).from(e).leftJoin(staffUsers, eq(staffUsers.id, e.actorStaffId));

type Row = Awaited<ReturnType<ReturnType<typeof selectEvents>['execute']>>[number];
const toRecord = (row: Row): JournalRecord => ({ ...row, occurredAt: row.occurredAt.toISOString(), details: row.details ?? null });

/** Newest first by default; the id breaks ties so that pages never overlap. */
export async function listJournal(db: Database, input: z.infer<typeof journalListInput>, extra?: SQL) {
  const { page, perPage } = input.pagination;
  const offset = (page - 1) * perPage;
  if (offset + perPage > MAX_DEPTH) {
    throw badField('pagination.page', `Au-delà de ${MAX_DEPTH} lignes, affinez les filtres (période, personne, stagiaire).`);
  }
  const order = input.sort?.order === 'ASC' ? asc : desc;
  const rows = await selectEvents(db)
    .where(and(journalWhere(input.filter), extra))
    .orderBy(order(e.occurredAt), order(e.id))
    .limit(perPage + 1)
    .offset(offset);
  return {
    data: rows.slice(0, perPage).map(toRecord),
    pageInfo: { hasNextPage: rows.length > perPage, hasPreviousPage: page > 1 },
  };
}

export function referenceCondition(target: 'learnerId' | 'actorStaffId', id: string): SQL | undefined {
  return conditions[target](id);
}

export async function journalEvent(db: Database, id: number): Promise<JournalRecord | undefined> {
  const [row] = await selectEvents(db).where(eq(e.id, id));
  return row && toRecord(row);
}

/** In the order written, after event `afterId`: how an extract walks any number of rows a page at a time. */
export async function journalAfter(db: Database, filter: JournalFilter, afterId: number, size: number) {
  const rows = await selectEvents(db)
    .where(and(journalWhere(filter), gt(e.id, afterId)))
    .orderBy(asc(e.id))
    .limit(size);
  return rows.map(toRecord);
}
