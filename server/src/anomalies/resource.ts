import { schema } from '@vigie/db';
import { eq, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { type FlagRecord, type flagFilter, flagSort } from './schemas.ts';

const { anomalyFlags: f, anomalyReviews: r, auditEvents: e, staffUsers: actor } = schema;
const reviewer = alias(schema.staffUsers, 'reviewer');

const fields = {
  id: f.id,
  rule: f.rule,
  eventId: f.eventId,
  occurredAt: f.occurredAt,
  actorStaffId: f.actorStaffId,
  actorName: actor.displayName,
  key: f.key,
  details: f.details,
  action: e.action,
  entity: e.entity,
  purposeCode: e.purposeCode,
  purposeRef: e.purposeRef,
  reviewNote: r.note,
  reviewedAt: r.reviewedAt,
  reviewerName: reviewer.displayName,
};

const filter: FilterSql<z.infer<typeof flagFilter>> = {
  rule: equalTo(f.rule),
  actorStaffId: equalTo(f.actorStaffId),
  status: (status) => (status === 'pending' ? isNull(r.flagId) : isNotNull(r.flagId)),
};

/** The review queue: each flag with the event it points at, who acted, and the review if any. */
export const flagReader = defineReader({
  table: f,
  join: (query) =>
    query
      .innerJoin(e, eq(e.id, f.eventId))
      .leftJoin(actor, eq(actor.id, f.actorStaffId))
      .leftJoin(r, eq(r.flagId, f.id))
      .leftJoin(reviewer, eq(reviewer.id, r.reviewedBy)),
  id: f.id,
  fields,
  toRecord: (row): FlagRecord => ({
    ...row,
    // Joined tables come back nullable; a flag always has its event (inner join).
    action: row.action ?? '',
    occurredAt: instant(row.occurredAt),
    status: row.reviewedAt ? 'reviewed' : 'pending',
    reviewedAt: row.reviewedAt ? instant(row.reviewedAt) : null,
    summary: null,
  }),
  sort: sortable(fields, flagSort.shape.field.options),
  filter,
  references: { actorStaffId: f.actorStaffId },
  notFound: 'Signalement introuvable.',
});
