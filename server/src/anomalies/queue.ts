import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { anomalyRules } from '@vigie/domain/enums';
import { TRPCError } from '@trpc/server';
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { badField, sqlStateOf, UNIQUE_VIOLATION } from '../errors.ts';
import { getListInput, sortOn } from '../resource-params.ts';

const { anomalyFlags: f, anomalyReviews: r, auditEvents: e, staffUsers: actor } = schema;
const reviewer = alias(schema.staffUsers, 'reviewer');

export const flagRecord = z.object({
  id: z.number().int(),
  rule: z.enum(anomalyRules),
  eventId: z.number().int(),
  occurredAt: z.string(),
  actorStaffId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  /** What the rule counted by: the staff member, or the account or IP of failed sign-ins. */
  key: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  action: z.string(),
  entity: z.string().nullable(),
  purposeCode: z.string().nullable(),
  purposeRef: z.string().nullable(),
  status: z.enum(['pending', 'reviewed']),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
});
type FlagRecord = z.infer<typeof flagRecord>;

export const flagFilter = z.object({
  rule: z.enum(anomalyRules).optional(),
  status: z.enum(['pending', 'reviewed']).optional(),
  actorStaffId: z.uuid().optional(),
});
export const flagListInput = getListInput(sortOn(['occurredAt']), flagFilter);

export const reviewInput = z.object({
  id: z.number().int().positive(),
  note: z.string().trim().min(3, 'Une note de 3 caractères au moins').max(2_000),
});

const columns = {
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

function selectFlags(db: Database) {
  return db
    .select(columns)
    .from(f)
    .innerJoin(e, eq(e.id, f.eventId))
    .leftJoin(actor, eq(actor.id, f.actorStaffId))
    .leftJoin(r, eq(r.flagId, f.id))
    .leftJoin(reviewer, eq(reviewer.id, r.reviewedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectFlags>['execute']>>[number];
const toRecord = (row: Row): FlagRecord => ({
  ...row,
  occurredAt: row.occurredAt.toISOString(),
  status: row.reviewedAt ? 'reviewed' : 'pending',
  reviewedAt: row.reviewedAt?.toISOString() ?? null,
});

function where(filter: z.infer<typeof flagFilter> | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.rule ? eq(f.rule, filter.rule) : undefined,
    filter.actorStaffId ? eq(f.actorStaffId, filter.actorStaffId) : undefined,
    filter.status === 'pending' ? isNull(r.flagId) : filter.status === 'reviewed' ? isNotNull(r.flagId) : undefined,
  );
}

export async function listFlags(db: Database, input: z.infer<typeof flagListInput>) {
  const { page, perPage } = input.pagination;
  const order = input.sort.order === 'ASC' ? asc : desc;
  const condition = where(input.filter);
  const [rows, [total]] = await Promise.all([
    selectFlags(db).where(condition).orderBy(order(f.occurredAt), order(f.id)).limit(perPage).offset((page - 1) * perPage),
    db.select({ n: count() }).from(f).leftJoin(r, eq(r.flagId, f.id)).where(condition),
  ]);
  return { data: rows.map(toRecord), total: total?.n ?? 0 };
}

export async function flagById(db: Database, id: number): Promise<FlagRecord> {
  const [row] = await selectFlags(db).where(eq(f.id, id));
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'Signalement introuvable.' });
  return toRecord(row);
}

/** A review is a row of its own, written once: the flag and the audit event it points at stay as they were. */
export async function reviewFlag(db: Database, staffId: string, input: z.infer<typeof reviewInput>) {
  const flag = await flagById(db, input.id);
  if (flag.status === 'reviewed') throw badField('id', 'Ce signalement a déjà été examiné.');
  try {
    await db.insert(r).values({ flagId: input.id, reviewedBy: staffId, note: input.note });
  } catch (error) {
    if (sqlStateOf(error) === UNIQUE_VIOLATION) throw badField('id', 'Ce signalement a déjà été examiné.');
    throw error;
  }
  return flagById(db, input.id);
}
