import type { Database } from '@vigie/db';
import { schema, selectRows } from '@vigie/db';
import { staffDepartments } from '@vigie/domain/access';
import type { StaffRole } from '@vigie/domain/roles';
import { TRPCError } from '@trpc/server';
import { and, asc, eq, sql } from 'drizzle-orm';

export const PURPOSE_HEADER = 'x-vigie-purpose';
export const PURPOSE_REF_HEADER = 'x-vigie-purpose-ref';
export const MAX_PURPOSE_REF_LENGTH = 100;

const { auditPurposes, activities } = schema;

export interface Purpose {
  code: string;
  ref: string | null;
  /** The data categories its processing activity lists: what a read under it may reveal. */
  categories: ReadonlySet<string>;
}

/** A purpose the register does not offer to the caller's role: refused and logged as such. */
export class PurposeRefusal extends TRPCError {
  constructor(readonly purposeCode: string) {
    super({
      code: 'FORBIDDEN',
      message: `Motif d'accès « ${purposeCode} » non prévu pour votre rôle par le registre des traitements.`,
    });
  }
}

/** The register's departments of a role, as a PostgreSQL array literal's elements. */
const departmentsOf = (role: StaffRole) => sql`${`{${staffDepartments[role].join(',')}}`}::text[]`;
/** Whether the purpose's activity names one of the role's departments among its internal recipients. */
const offeredTo = (role: StaffRole) => sql<boolean>`coalesce(${activities.internalRecipients} && ${departmentsOf(role)}, false)`;

/** An active purpose as the register holds it: what its activity may reveal, and to which departments. */
export interface PurposeRecord {
  categories: string[] | null;
  recipients: string[] | null;
}

/** The columns `purposeRecordQuery` answers with (`found` is null where a left join met no purpose). */
export interface PurposeColumns {
  found: boolean | null;
  data_categories: string[] | null;
  internal_recipients: string[] | null;
}

export const purposeRecordOf = (row: PurposeColumns): PurposeRecord | null =>
  row.found ? { categories: row.data_categories, recipients: row.internal_recipients } : null;

/**
 * The active purpose `code` as one row of `data_categories`, `internal_recipients` (none if unknown or
 * inactive): a statement of its own, or a lateral part of the session's look-up (auth/sessions.ts),
 * which saves a statement per request. Written out rather than built from the schema's columns: it is
 * built for every request, and drizzle would walk every column object of it each time.
 */
export const purposeRecordQuery = (code: string | null) => sql`SELECT true AS found, a.data_categories, a.internal_recipients
  FROM audit_purposes p LEFT JOIN activities a ON a.id = p.activity_id WHERE p.code = ${code ?? ''} AND p.active`;

/**
 * The purposes a role may pick, read from the register on every call: an edit of an activity takes
 * effect on the next request of every server process, with nothing cached to invalidate.
 */
export function purposesOffered(db: Database, role: StaffRole) {
  return db
    .select({ code: auditPurposes.code, labelFr: auditPurposes.labelFr, labelEn: auditPurposes.labelEn })
    .from(auditPurposes)
    .innerJoin(activities, eq(activities.id, auditPurposes.activityId))
    .where(and(eq(auditPurposes.active, true), offeredTo(role)))
    .orderBy(asc(auditPurposes.position));
}

/** Every purpose and its labels, offered or not: what the journal's rows are named with. */
export function allPurposes(db: Database) {
  return db
    .select({ code: auditPurposes.code, labelFr: auditPurposes.labelFr, labelEn: auditPurposes.labelEn })
    .from(auditPurposes)
    .orderBy(asc(auditPurposes.position));
}

/**
 * A personal-data read needs a known, active purpose that the register offers the caller; the
 * answer carries what the purpose's activity lets a read reveal. Errors say what the caller must do.
 * `record` is the purpose as the register holds it (`null`: unknown or inactive).
 */
export function checkPurpose(code: string | null, ref: string | null, role: StaffRole, record: PurposeRecord | null): Purpose {
  if (!code) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Motif d'accès manquant : choisissez un motif avant de consulter des données personnelles (en-tête ${PURPOSE_HEADER}).`,
    });
  }
  if (ref && ref.length > MAX_PURPOSE_REF_LENGTH) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Motif d'accès : la référence dépasse ${MAX_PURPOSE_REF_LENGTH} caractères.`,
    });
  }
  if (!record) throw new TRPCError({ code: 'BAD_REQUEST', message: `Motif d'accès inconnu : « ${code} ».` });
  const departments: readonly string[] = staffDepartments[role];
  if (!(record.recipients ?? []).some((recipient) => departments.includes(recipient))) throw new PurposeRefusal(code);
  return { code, ref: ref || null, categories: new Set(record.categories ?? []) };
}

/** `checkPurpose` with the register read now. */
export async function requirePurpose(
  db: Database,
  code: string | null,
  ref: string | null,
  role: StaffRole,
): Promise<Purpose> {
  const [row] = code ? await selectRows<PurposeColumns>(db, purposeRecordQuery(code)) : [];
  return checkPurpose(code, ref, role, row ? purposeRecordOf(row) : null);
}
