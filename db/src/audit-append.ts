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

/** A PostgreSQL array literal of `values`, every element quoted: `{"a,b","say \"hi\""}`. */
export function textArrayLiteral(values: readonly string[] | undefined): string {
  if (!values || values.length === 0) return '{}';
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

const column = <T>(rows: readonly AuditRow[], value: (row: AuditRow) => T) => sql.param(rows.map(value));

/**
 * The statement that appends `rows`, in their order, through `vigie_audit_append_rows` (db/drizzle/0025):
 * one array per column, so that the statement and its plan are the same whatever the number of rows.
 */
export const auditAppendRows = (rows: readonly AuditRow[]): SQL => sql`SELECT vigie_audit_append_rows(
  ${column(rows, (r) => r.requestId)}::uuid[], ${column(rows, (r) => r.actorStaffId)}::uuid[],
  ${column(rows, (r) => r.actorRole)}::text[], ${column(rows, (r) => r.actorSessionHash)}::text[],
  ${column(rows, (r) => r.ip)}::text[], ${column(rows, (r) => r.userAgent)}::text[],
  ${column(rows, (r) => r.action)}::text[], ${column(rows, (r) => r.procedure ?? null)}::text[],
  ${column(rows, (r) => r.entity ?? null)}::text[], ${column(rows, (r) => textArrayLiteral(r.entityIds))}::text[],
  ${column(rows, (r) => textArrayLiteral(r.subjectIds))}::text[], ${column(rows, (r) => textArrayLiteral(r.fields))}::text[],
  ${column(rows, (r) => r.purposeCode ?? null)}::text[], ${column(rows, (r) => r.purposeRef ?? null)}::text[],
  ${column(rows, (r) => r.outcome)}::text[],
  ${column(rows, (r) => (r.details === undefined ? null : JSON.stringify(r.details)))}::text[])`;
