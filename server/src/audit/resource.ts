import { schema } from '@vigie/db';
import { arrayContains, eq, gt } from 'drizzle-orm';
import { badField } from '../errors.ts';
import { defineReader, equalTo, type FilterSql, type ListParams, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { onOrAfter, onOrBefore } from './period.ts';
import { type JournalFilter, type JournalRecord, journalSort, learnerSubject } from './schemas.ts';

const { auditEvents: e, staffUsers } = schema;

const aboutLearner = (id: string) => arrayContains(e.subjectIds, [learnerSubject(id)]);

const filter: FilterSql<JournalFilter> = {
  actorStaffId: equalTo(e.actorStaffId),
  actorRole: equalTo(e.actorRole),
  action: equalTo(e.action),
  entity: equalTo(e.entity),
  learnerId: aboutLearner,
  purposeCode: equalTo(e.purposeCode),
  purposeRef: equalTo(e.purposeRef),
  outcome: equalTo(e.outcome),
  from: (bound) => onOrAfter(e.occurredAt, bound),
  until: (bound) => onOrBefore(e.occurredAt, bound),
};

const fields = {
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

/** The journal: every filter, pages by time (or by id for an extract), never counted. */
export const journalReader = defineReader({
  table: e,
  join: (query) => query.leftJoin(staffUsers, eq(staffUsers.id, e.actorStaffId)),
  id: e.id,
  fields,
  toRecord: (row): JournalRecord => ({ ...row, occurredAt: instant(row.occurredAt), details: row.details ?? null }),
  sort: sortable(fields, journalSort.shape.field.options),
  filter,
  references: { learnerId: aboutLearner, actorStaffId: e.actorStaffId },
  notFound: "Événement d'audit introuvable.",
  uncounted: true,
});

// Offsets cost what they skip: past this depth, the DPO narrows the filters (period, staff, learner).
export const MAX_DEPTH = 10_000;

/** The journal's pages stop at `MAX_DEPTH` rows: a clear field error, not a slow query. */
export function withinDepth<P extends Pick<ListParams<unknown, string>, 'pagination'>>(params: P): P {
  const { page, perPage } = params.pagination;
  if ((page - 1) * perPage + perPage > MAX_DEPTH) {
    throw badField('pagination.page', `Au-delà de ${MAX_DEPTH} lignes, affinez les filtres (période, personne, stagiaire).`);
  }
  return params;
}

/** In the order written, after event `afterId`: how an extract walks any number of rows a page at a time. */
export const journalAfter = (afterId: number) => gt(e.id, afterId);
