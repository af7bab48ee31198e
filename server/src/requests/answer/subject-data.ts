import { type Database, type PersonalDataCategory, type PersonalDataDeclaration, schema } from '@vigie/db';
import { arrayContains, eq, getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/** One row of one table about the learner, every column as it is stored, binary data set apart. */
export interface SubjectRecord {
  /** The row's primary key, its columns joined by `/` when composite (a group membership). */
  key: string;
  values: Record<string, unknown>;
  /** Binary columns (the photo): exported as files, named in `values` by their file name. */
  files: { column: string; bytes: Uint8Array }[];
}

export interface SubjectTable {
  entity: string;
  table: string;
  /** Each declared personal-data column with its category; the other columns are context (ids, dates). */
  categories: Partial<Record<string, PersonalDataCategory>>;
  records: SubjectRecord[];
}

const learnerDeclarations = () => schema.personalDataDeclarations.filter((d) => d.subject.kind === 'learner');

/** Every column the copy holds: each table about learners, whole (what an access answer discloses). */
export const learnerDataColumns = () => learnerDeclarations().flatMap((d) => Object.values(getTableColumns(d.table)));

const isBinary = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/** The TypeScript names of a table's primary-key columns. */
function primaryKeyOf(table: Table): string[] {
  const config = getTableConfig(table as PgTable);
  const keyColumns = config.primaryKeys[0]?.columns ?? config.columns.filter((column) => column.primary);
  const names = Object.entries(getTableColumns(table));
  return keyColumns.map((column) => names.find(([, c]) => c === column)?.[0] ?? column.name);
}

function toRecord(entity: string, key: string[], index: number, row: Record<string, unknown>): SubjectRecord {
  const values: Record<string, unknown> = {};
  const files: SubjectRecord['files'] = [];
  for (const [column, value] of Object.entries(row)) {
    if (isBinary(value)) {
      files.push({ column, bytes: value });
      values[column] = `${entity}-${index + 1}-${column}`;
    } else {
      values[column] = value instanceof Date ? value.toISOString() : value;
    }
  }
  return { key: key.map((column) => String(row[column])).join('/'), values, files };
}

async function rowsOf(db: Database, declaration: PersonalDataDeclaration, learnerId: string): Promise<SubjectTable> {
  const columns = getTableColumns(declaration.table);
  const key = columns[declaration.subject.key];
  if (!key) throw new Error(`${declaration.entity}: no column ${declaration.subject.key}`);
  const primaryKey = primaryKeyOf(declaration.table);
  // A row may name several learners (an authority's request): then the learner is one of them, and the
  // others, who are none of the learner's business, are left out of the copy.
  const several = key.getSQLType().endsWith('[]');
  const concerns = several ? arrayContains(key, [learnerId]) : eq(key, learnerId);
  const found = (await db.select().from(declaration.table).where(concerns)) as Record<string, unknown>[];
  const rows = several ? found.map((row) => ({ ...row, [declaration.subject.key]: [learnerId] })) : found;
  return {
    entity: declaration.entity,
    table: getTableName(declaration.table),
    categories: declaration.columns,
    records: rows.map((row, i) => toRecord(declaration.entity, primaryKey, i, row)),
  };
}

/**
 * Everything Vigie holds on one learner, table by table: every table whose personal-data declaration
 * names learners as its subjects, whole rows (a table added later with its declaration comes along).
 */
export async function collectLearnerData(db: Database, learnerId: string): Promise<SubjectTable[]> {
  const tables: SubjectTable[] = [];
  for (const declaration of learnerDeclarations()) tables.push(await rowsOf(db, declaration, learnerId));
  return tables;
}
