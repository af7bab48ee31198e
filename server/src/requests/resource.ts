import { schema } from '@vigie/db';
import { and, arrayContains, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { SOON_DAYS } from '@vigie/domain/request-deadline';
import { openRequestStatuses } from '@vigie/domain/enums';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant, instantOrNull } from '../resources/records.ts';
import { type RequestFilter, type RequestRecord, requestSort } from './schemas.ts';

const { learners, subjectRequests: requests, subjectRequestEvents: events, staffUsers } = schema;

const staffName = (column: PgColumn) =>
  sql<string | null>`(select ${staffUsers.displayName} from ${staffUsers} where ${staffUsers.id} = ${column})`;

/** Today as Paris counts it, on the database's clock: the same day for every server process. */
const parisToday = sql`(now() at time zone 'Europe/Paris')::date`;
const isOpen = inArray(requests.status, [...openRequestStatuses]);
const late = and(isOpen, sql`${requests.dueAt} < ${parisToday}`) as SQL;
const dueSoon = and(isOpen, sql`${requests.dueAt} between ${parisToday} and ${parisToday} + ${SOON_DAYS}::int`) as SQL;
const negate = (condition: SQL) => sql`not (${condition})`;

export const requestFields = {
  id: requests.id,
  types: requests.types,
  receivedAt: requests.receivedAt,
  dueAt: requests.dueAt,
  status: requests.status,
  channel: requests.channel,
  requesterName: requests.requesterName,
  requesterEmail: requests.requesterEmail,
  requesterContact: requests.requesterContact,
  description: requests.description,
  learnerId: requests.learnerId,
  learnerRestricted: sql<boolean>`exists (select 1 from ${learners}
    where ${learners.id} = ${requests.learnerId} and ${learners.restrictedAt} is not null)`,
  /** When the request's erasure was last executed: its written answer can be read from then on (the
   * request's id spelled out, since both tables have an `id`). */
  erasureExecutedAt: sql<string | null>`(select max(${events.occurredAt}) from ${events}
    where ${events.requestId} = "subject_requests"."id" and ${events.kind} = 'executed' and ${events.details}->>'right' = 'erasure')`,
  assigneeId: requests.assigneeId,
  assigneeName: staffName(requests.assigneeId),
  identityMethod: requests.identityMethod,
  identityCheckedBy: requests.identityCheckedBy,
  identityCheckedByName: staffName(requests.identityCheckedBy),
  identityCheckedAt: requests.identityCheckedAt,
  extensionReason: requests.extensionReason,
  extensionToldOn: requests.extensionToldOn,
  originalDueAt: requests.originalDueAt,
  rejectionGround: requests.rejectionGround,
  closedAt: requests.closedAt,
  createdAt: requests.createdAt,
  updatedAt: requests.updatedAt,
};

const filter: FilterSql<RequestFilter> = {
  status: equalTo(requests.status),
  open: (open) => (open ? isOpen : negate(isOpen)),
  type: (type) => arrayContains(requests.types, [type]),
  assigneeId: equalTo(requests.assigneeId),
  learnerId: equalTo(requests.learnerId),
  dueBefore: (day) => lte(requests.dueAt, day),
  dueAfter: (day) => gte(requests.dueAt, day),
  late: (wanted) => (wanted ? late : negate(late)),
  dueSoon: (wanted) => (wanted ? dueSoon : negate(dueSoon)),
};

export const requestReader = defineReader({
  table: requests,
  id: requests.id,
  fields: requestFields,
  toRecord: (row): RequestRecord => ({
    ...row,
    identityCheckedAt: instantOrNull(row.identityCheckedAt),
    closedAt: instantOrNull(row.closedAt),
    erasureExecutedAt: row.erasureExecutedAt && instant(new Date(row.erasureExecutedAt)),
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  }),
  sort: sortable(requestFields, requestSort.shape.field.options),
  filter,
  references: { learnerId: requests.learnerId, assigneeId: requests.assigneeId },
  notFound: 'Demande introuvable.',
});
