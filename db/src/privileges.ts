import { getTableName, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { PersonalDataDeclaration } from './personal-data.ts';
import * as schema from './schema/index.ts';

/**
 * The database roles and what each may touch. Every grant is derived from this file (and the
 * personal-data declarations) each time the migrations run: `applyPrivileges` revokes everything and
 * grants it again, so adding a column to a declaration moves it to the gateway role with no other edit.
 */
export const dbRoles = {
  /** The server at run time: every table it needs, but no declared personal column. */
  app: 'vigie_app',
  /** The audited gateway's transactions (`SET LOCAL ROLE`): the app's grants plus the personal columns. */
  gateway: 'vigie_gateway',
  /** The audit chain's sealer and verifier: every column of the log (the digest covers them all). */
  auditChain: 'vigie_audit_chain',
  /** The anomaly rules: the sealed events they judge, and the flags they raise. */
  anomalyScan: 'vigie_anomaly_scan',
  /** The expired answer packages' purge: their expiry, and DELETE. */
  packagePurge: 'vigie_package_purge',
  /** The statistics rollup: the few personal columns it counts by, and the rollup it rewrites (no id leaves). */
  statsRollup: 'vigie_stats_rollup',
  /** The retention engine: the dates its rules run from, legal holds, DELETE on what expires, its runs. */
  retention: 'vigie_retention',
} as const;
export type DbRole = (typeof dbRoles)[keyof typeof dbRoles];
/** The roles a job may switch to (the gateway's role is the gateway's alone). */
export type JobRole = Exclude<DbRole, typeof dbRoles.app | typeof dbRoles.gateway>;

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

interface Grant {
  table: PgTable;
  privileges: readonly Privilege[];
  /** Only these columns (job roles); unset means every column the role's rules allow. */
  columns?: readonly PgColumn[];
}

const grant = (table: PgTable, privileges: readonly Privilege[], columns?: readonly PgColumn[]): Grant =>
  columns ? { table, privileges, columns } : { table, privileges };

const CRU = ['SELECT', 'INSERT', 'UPDATE'] as const;
const CRUD = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] as const;
const APPEND = ['SELECT', 'INSERT'] as const;

/**
 * What the server needs, table by table; the declared personal columns of these tables go to the
 * gateway role instead of the app's. Nothing is deleted through the application but sessions, rate
 * limits, group memberships, photos, replaced contract files, register links and expired packages;
 * the audit log is written through `vigie_audit_append` and `vigie_audit_append_rows` only.
 */
const serverGrants: readonly Grant[] = [
  grant(schema.staffUsers, CRU),
  grant(schema.sessions, CRUD),
  grant(schema.rateLimits, CRUD),
  grant(schema.auditPurposes, ['SELECT']),
  grant(schema.auditEvents, ['SELECT']),
  grant(schema.auditChain, ['SELECT']),
  grant(schema.auditCheckpoints, ['SELECT']),
  grant(schema.auditVerifications, ['SELECT']),
  grant(schema.auditVerificationRuns, CRU),
  grant(schema.auditPurges, ['SELECT']),
  grant(schema.employers, CRU),
  grant(schema.employerContacts, CRU),
  grant(schema.learners, CRU),
  grant(schema.learnerPhotos, CRUD),
  grant(schema.trainingContracts, CRU),
  grant(schema.trainingGroups, CRU),
  grant(schema.groupMembers, CRUD),
  grant(schema.attendance, CRU),
  grant(schema.assessments, CRU),
  grant(schema.interactions, CRU),
  grant(schema.platformAccessLogs, APPEND),
  grant(schema.processors, CRU),
  grant(schema.processorContracts, CRUD),
  grant(schema.processorTransfers, APPEND),
  grant(schema.activities, CRU),
  grant(schema.activityProcessors, CRUD),
  grant(schema.disclosures, CRU),
  grant(schema.breaches, CRU),
  grant(schema.anomalyRuleSettings, CRU),
  grant(schema.anomalyScan, CRU),
  grant(schema.anomalyFlags, APPEND),
  grant(schema.anomalyReviews, APPEND),
  grant(schema.subjectRequests, CRU),
  grant(schema.subjectRequestEvents, APPEND),
  grant(schema.requestPackages, ['SELECT', 'INSERT', 'DELETE']),
  grant(schema.learnerDecisions, APPEND),
  grant(schema.statsCells, ['SELECT']),
  grant(schema.statsRefreshes, ['SELECT']),
  grant(schema.statsSettings, ['SELECT', 'UPDATE']),
  grant(schema.prospects, CRU),
  grant(schema.retentionPolicies, ['SELECT']),
  grant(schema.retentionRuns, ['SELECT']),
];

const e = schema.auditEvents;
const l = schema.learners;
const c = schema.trainingContracts;
const a = schema.assessments;

/** Each job's own narrow grants, whole tables unless columns are named. */
const jobGrants: Record<JobRole, readonly Grant[]> = {
  [dbRoles.auditChain]: [
    grant(schema.auditEvents, ['SELECT']),
    grant(schema.auditChain, APPEND),
    grant(schema.auditCheckpoints, APPEND),
    grant(schema.auditVerifications, APPEND),
    grant(schema.auditVerificationRuns, ['SELECT', 'UPDATE']),
    grant(schema.auditPurges, ['SELECT']),
  ],
  [dbRoles.anomalyScan]: [
    grant(schema.auditEvents, ['SELECT'], [e.id, e.txId, e.occurredAt, e.actorStaffId, e.action, e.outcome, e.subjectIds, e.purposeCode, e.purposeRef, e.ip, e.procedure]),
    grant(schema.auditChain, ['SELECT'], [schema.auditChain.seq, schema.auditChain.eventId]),
    grant(schema.learners, ['SELECT'], [schema.learners.id, schema.learners.status, schema.learners.restrictedAt]),
    grant(schema.anomalyRuleSettings, ['SELECT']),
    grant(schema.anomalyScan, CRU),
    grant(schema.anomalyFlags, APPEND),
  ],
  [dbRoles.statsRollup]: [
    grant(schema.learners, ['SELECT'], [l.id, l.employerId, l.locality, l.country, l.status, l.restrictedAt, l.objectsToStatistics]),
    grant(schema.employers, ['SELECT'], [schema.employers.id, schema.employers.sector]),
    grant(schema.trainingContracts, ['SELECT'], [c.id, c.learnerId, c.funding, c.language, c.targetLevel, c.startDate, c.status]),
    grant(schema.attendance, ['SELECT'], [schema.attendance.contractId, schema.attendance.durationMinutes, schema.attendance.present]),
    grant(schema.assessments, ['SELECT'], [a.contractId, a.kind, a.cefrLevel, a.score, a.assessedOn]),
    grant(schema.statsCells, ['SELECT', 'INSERT', 'DELETE']),
    grant(schema.statsRefreshes, ['SELECT', 'INSERT', 'UPDATE']),
  ],
  [dbRoles.packagePurge]: [
    grant(schema.requestPackages, ['SELECT', 'DELETE'], [schema.requestPackages.id, schema.requestPackages.expiresAt]),
  ],
  [dbRoles.retention]: [
    grant(schema.retentionPolicies, ['SELECT']),
    grant(schema.retentionRuns, CRU),
    grant(schema.activities, ['SELECT'], [schema.activities.id, schema.activities.name, schema.activities.retention]),
    grant(schema.learners, ['SELECT'], [schema.learners.id, schema.learners.status, schema.learners.legalHoldUntil, schema.learners.legalHoldReason]),
    // Whose contracts have all ended: the erasure itself runs through the audited gateway.
    grant(schema.trainingContracts, ['SELECT'], [c.learnerId, c.endDate]),
    grant(schema.platformAccessLogs, ['SELECT', 'DELETE'], [schema.platformAccessLogs.id, schema.platformAccessLogs.learnerId, schema.platformAccessLogs.occurredAt]),
    grant(schema.prospects, ['SELECT', 'DELETE'], [schema.prospects.id, schema.prospects.lastContactAt]),
    grant(schema.sessions, ['SELECT', 'DELETE'], [schema.sessions.tokenHash, schema.sessions.expiresAt, schema.sessions.lastSeenAt]),
    grant(schema.requestPackages, ['SELECT', 'DELETE'], [schema.requestPackages.id, schema.requestPackages.expiresAt]),
  ],
};

/** Owner's functions a job calls, by the job's role (partitions are the owner's to create and drop). */
const jobFunctions: Partial<Record<JobRole, readonly string[]>> = {
  [dbRoles.retention]: [
    'vigie_access_log_months(date, date)',
    'vigie_access_log_drop_month(date, date)',
    // The audit log's only DELETE path: whole sealed months older than the policy's period.
    'vigie_audit_purge(timestamptz, boolean)',
  ],
};

/** Owner's functions the server calls: each does one narrow thing the app role cannot do itself. */
const serverFunctions = [
  'vigie_audit_append(uuid, uuid, text, text, text, text, text, text, text, text[], text[], text[], text, text, text, jsonb)',
  // The gateway's reads: every row queued while the previous append was written, in one statement.
  'vigie_audit_append_rows(jsonb)',
  // The previous release's form, for its processes during a rolling deploy (db/drizzle/0024); to be dropped.
  'vigie_audit_append(jsonb)',
  'vigie_staff_sign_in(text)',
  'vigie_session_staff(text)',
  'vigie_erase_learner_rows(uuid, text[])',
] as const;

const declarations = new Map<PgTable, PersonalDataDeclaration>(
  schema.personalDataDeclarations.map((d) => [d.table as PgTable, d]),
);

/** The declared personal columns of a table and those computed from them, as column objects (empty for a table naming nobody). */
export function personalColumnsOf(table: PgTable): PgColumn[] {
  const declaration = declarations.get(table);
  if (!declaration) return [];
  const columns = getTableConfig(table).columns;
  const byKey = table as unknown as Record<string, PgColumn>;
  return [...Object.keys(declaration.columns), ...Object.keys(declaration.derived ?? {})].map((key) => {
    const column = byKey[key];
    if (!column || !columns.includes(column)) throw new Error(`${getTableName(table)}.${key} is declared but not a column`);
    return column;
  });
}

export interface ColumnGrant {
  role: DbRole;
  table: string;
  column: string;
  privilege: Exclude<Privilege, 'DELETE'>;
}

/** Every role's grants as the database lists them: per column, and DELETE per table. */
export function expectedGrants(): { columns: ColumnGrant[]; deletes: { role: DbRole; table: string }[] } {
  const columns: ColumnGrant[] = [];
  const deletes: { role: DbRole; table: string }[] = [];
  const add = (role: DbRole, { table, privileges }: Grant, only: readonly PgColumn[]) => {
    for (const privilege of privileges) {
      if (privilege === 'DELETE') deletes.push({ role, table: getTableName(table) });
      else for (const column of only) columns.push({ role, table: getTableName(table), column: column.name, privilege });
    }
  };
  for (const g of serverGrants) {
    const { personal, others } = splitColumns(g.table);
    add(dbRoles.app, g, others);
    add(dbRoles.gateway, { table: g.table, privileges: g.privileges.filter((p) => p !== 'DELETE') }, personal);
  }
  for (const [role, grants] of jobEntries()) for (const g of grants) add(role, g, g.columns ?? getTableConfig(g.table).columns);
  return { columns, deletes };
}

function splitColumns(table: PgTable) {
  const personal = personalColumnsOf(table);
  return { personal, others: getTableConfig(table).columns.filter((c) => !personal.includes(c)) };
}

const jobEntries = () => Object.entries(jobGrants) as [JobRole, readonly Grant[]][];

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const columnList = (columns: readonly PgColumn[]) => columns.map((c) => quoted(c.name)).join(', ');

function grantStatements(role: DbRole, { table, privileges, columns }: Grant, only?: readonly PgColumn[]): string[] {
  const name = quoted(getTableName(table));
  const cols = only ?? columns ?? getTableConfig(table).columns;
  const statements = privileges
    .filter((p) => p !== 'DELETE' && cols.length > 0)
    .map((p) => `GRANT ${p} (${columnList(cols)}) ON ${name} TO ${role}`);
  if (privileges.includes('DELETE')) statements.push(`GRANT DELETE ON ${name} TO ${role}`);
  // Identity and serial columns draw from a sequence the inserting role must be able to use.
  if (privileges.includes('INSERT')) {
    for (const column of getTableConfig(table).columns.filter((c) => c.generatedIdentity || c.getSQLType().includes('serial'))) {
      statements.push(`DO $$ BEGIN EXECUTE format('GRANT USAGE ON SEQUENCE %s TO ${role}', pg_get_serial_sequence('${name}', '${column.name}')); END $$`);
    }
  }
  return statements;
}

const allRoles = Object.values(dbRoles);

/** The whole privilege set as SQL, from nothing: roles, revocations, grants. */
export function privilegeStatements(): string[] {
  const createRoles = allRoles.map(
    (role) => `DO $$ BEGIN CREATE ROLE ${role} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`,
  );
  const roleList = allRoles.join(', ');
  const server = serverGrants.flatMap((g) => {
    const { personal, others } = splitColumns(g.table);
    return [
      ...grantStatements(dbRoles.app, g, others),
      ...grantStatements(dbRoles.gateway, { table: g.table, privileges: g.privileges.filter((p) => p !== 'DELETE') }, personal),
    ];
  });
  const jobs = jobEntries().flatMap(([role, grants]) => grants.flatMap((g) => grantStatements(role, g)));
  return [
    ...createRoles,
    // Roles are cluster-wide and survive a dropped database: the gateway inherits the app's grants.
    `GRANT ${dbRoles.app} TO ${dbRoles.gateway}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${roleList}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${roleList}`,
    `GRANT USAGE ON SCHEMA public TO ${roleList}`,
    ...server,
    ...jobs,
    // The sealer must see every session's transaction id to know what has finished (pg_stat_activity
    // hides them from other roles). Granting it needs a superuser: a managed database's admin does it.
    `DO $$ BEGIN GRANT pg_read_all_stats TO ${dbRoles.auditChain}; EXCEPTION WHEN insufficient_privilege THEN RAISE NOTICE 'grant pg_read_all_stats to ${dbRoles.auditChain} as an administrator'; END $$`,
    ...serverFunctions.flatMap((f) => [`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`, `GRANT EXECUTE ON FUNCTION ${f} TO ${dbRoles.app}`]),
    ...(Object.entries(jobFunctions) as [JobRole, readonly string[]][]).flatMap(([role, functions]) =>
      functions.flatMap((f) => [`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`, `GRANT EXECUTE ON FUNCTION ${f} TO ${role}`]),
    ),
  ];
}

/** Applies `privilegeStatements` one by one (drivers take one statement per query), as the tables' owner. */
export async function applyPrivileges(execute: (statement: SQL) => Promise<unknown>): Promise<void> {
  for (const statement of privilegeStatements()) await execute(sql.raw(statement));
}
