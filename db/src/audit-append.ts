import { type SQL, sql } from 'drizzle-orm';

/** One audit row as the owner's `vigie_audit_append` takes it; unset fields are stored as NULL or `{}`. */
export interface AuditRow {
  requestId: string | null;
  actorStaffId: string | null;
  actorRole: string | null;
  actorSessionHash: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  outcome: string;
  procedure?: string | undefined;
  entity?: string | undefined;
  entityIds?: readonly string[] | undefined;
  subjectIds?: readonly string[] | undefined;
  fields?: readonly string[] | undefined;
  purposeCode?: string | null | undefined;
  purposeRef?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
}

// One parameter each, not a list (drizzle spreads a bare array into `(a, b, c)`).
const texts = (values: readonly string[] | undefined) => sql`${sql.param(values ?? [])}::text[]`;

/**
 * The statement that appends `row` through `vigie_audit_append` (db/drizzle/0024): the run-time role may
 * not INSERT the IP address and browser itself. Typed parameters, so PostgreSQL has no document to take apart.
 */
export const auditAppend = (row: AuditRow): SQL => sql`SELECT vigie_audit_append(
  ${row.requestId}::uuid, ${row.actorStaffId}::uuid, ${row.actorRole}, ${row.actorSessionHash}, ${row.ip},
  ${row.userAgent}, ${row.action}, ${row.procedure ?? null}, ${row.entity ?? null}, ${texts(row.entityIds)},
  ${texts(row.subjectIds)}, ${texts(row.fields)}, ${row.purposeCode ?? null}, ${row.purposeRef ?? null},
  ${row.outcome}, ${row.details === undefined ? null : JSON.stringify(row.details)}::jsonb)`;

/**
 * The statement that appends `rows`, in their order, through `vigie_audit_append_rows` (db/drizzle/0025):
 * one JSON array, so that the statement is the same whatever the number of rows.
 */
export const auditAppendRows = (rows: readonly AuditRow[]): SQL => {
  const json = rows.map((r) => ({
    request_id: r.requestId,
    actor_staff_id: r.actorStaffId,
    actor_role: r.actorRole,
    actor_session_hash: r.actorSessionHash,
    ip: r.ip,
    user_agent: r.userAgent,
    action: r.action,
    procedure: r.procedure ?? null,
    entity: r.entity ?? null,
    entity_ids: r.entityIds ?? [],
    subject_ids: r.subjectIds ?? [],
    fields: r.fields ?? [],
    purpose_code: r.purposeCode ?? null,
    purpose_ref: r.purposeRef ?? null,
    outcome: r.outcome,
    details: r.details ?? null,
  }));
  return sql`SELECT vigie_audit_append_rows(${JSON.stringify(json)}::jsonb)`;
};
