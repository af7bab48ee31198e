import { type PersonalDataDeclaration, schema } from '@vigie/db';
import { Column, getTableName, is, Name, Param, Placeholder, SQL, type SQLWrapper, StringChunk, Table } from 'drizzle-orm';
import type { PgColumn, PgTable, SelectedFieldsFlat } from 'drizzle-orm/pg-core';

/**
 * What an audited handler returns: its answer, and what the audit row must say of it. The gateway
 * writes the row from `audit` and sends `data`; nothing else is recorded, so nothing is forgotten.
 */
export interface Disclosed<T> {
  data: T;
  audit: Revealed;
}

export interface Revealed {
  /** The declared personal fields read or written, named from the columns themselves. */
  fields: string[];
  /** `<kind>:<id>` of every person the answer is about. */
  subjectIds: string[];
  /** Ids of the records returned. */
  entityIds?: string[];
  /**
   * The key under which each record of a list carries its subject's id: lets the gateway leave out a
   * restricted learner's record rather than refuse the whole list.
   */
  subjectKey?: string;
  /**
   * The declared fields each output key of a record carries (`mail` -> `email`): where the gateway
   * finds the values a purpose does not cover, to withhold them.
   */
  keys?: Record<string, string[]>;
  details?: Record<string, unknown>;
  /** The case file the operation serves (`request:<id>`), in place of the reference the caller typed. */
  purposeRef?: string;
}

const byTable = new Map<Table, PersonalDataDeclaration>(schema.personalDataDeclarations.map((d) => [d.table, d]));

// drizzle's own mark of a table's real name, which an alias (`alias(staffUsers, 'reviewer')`) keeps.
const ORIGINAL_NAME = Symbol.for('drizzle:OriginalName');
/** A physical column: the same for a table's column and for that column seen through an alias. */
const physical = (column: Column) =>
  `${(column.table as unknown as Record<symbol, string>)[ORIGINAL_NAME] ?? getTableName(column.table)}.${column.name}`;

/** The declaration's name of each personal column (its key in the drizzle table). */
const keyOf = new Map<string, { declaration: PersonalDataDeclaration; key: string }>();
for (const declaration of schema.personalDataDeclarations) {
  const columns = declaration.table as unknown as Record<string, Column>;
  for (const key of Object.keys(declaration.columns)) {
    const column = columns[key];
    if (column) keyOf.set(physical(column), { declaration, key });
  }
}

export function declarationOfTable(table: PgTable): PersonalDataDeclaration | undefined {
  return byTable.get(table);
}

// Chunks that hold no column: text, parameters, names (and tables, whose columns are not all read).
const leaves = [StringChunk, Param, Placeholder, Name, Table];
const isQuery = (value: unknown): value is SQLWrapper =>
  !!value && typeof value === 'object' && 'getSQL' in value && !leaves.some((leaf) => is(value, leaf));

/** Every column an expression mentions, however deep (subqueries, CASE, coalesce...). */
export function columnsIn(value: unknown, found: Set<Column> = new Set()): Set<Column> {
  if (is(value, Column)) found.add(value);
  else if (is(value, SQL)) for (const chunk of value.queryChunks) columnsIn(chunk, found);
  else if (is(value, SQL.Aliased)) columnsIn(value.sql, found);
  else if (Array.isArray(value)) for (const item of value) columnsIn(item, found);
  else if (isQuery(value)) columnsIn(value.getSQL(), found);
  return found;
}

/**
 * The personal fields among `columns`, by declaration: `email` for a column of the main table, and
 * `staff.displayName` for one of another declared table (the agent's name beside an interaction).
 */
export function fieldsOf(main: PgTable | undefined, columns: Iterable<Column>): string[] {
  const mainDeclaration = main && byTable.get(main);
  const names = new Set<string>();
  for (const column of columns) {
    const found = keyOf.get(physical(column));
    if (!found) continue;
    names.add(found.declaration === mainDeclaration ? found.key : `${found.declaration.entity}.${found.key}`);
  }
  return [...names].sort();
}

const subjectColumnOf = (declaration: PersonalDataDeclaration) =>
  (declaration.table as unknown as Record<string, PgColumn>)[declaration.subject.key];

/** `kind:id` for each id a subject column holds (an array column may hold several learners). */
export const subjectsIn = (kind: string, value: unknown): string[] =>
  [value].flat().filter((id) => id !== null && id !== undefined).map((id) => `${kind}:${String(id)}`);

export interface SelectionAudit {
  /** What a read of these rows reveals: the selection's personal fields, each row's subject and id. */
  reveal(rows: readonly Record<string, unknown>[]): Revealed;
}

/**
 * Reads a drizzle selection over `table` by column identity, once: the personal fields it carries
 * whatever the output keys are called, and the key under which it carries the subject's id. A
 * selection revealing personal data without its subject's id could not say whose data left: refused.
 */
export function auditSelection(table: PgTable, selection: SelectedFieldsFlat, id?: PgColumn): SelectionAudit {
  const columns = new Set<Column>();
  for (const value of Object.values(selection)) columnsIn(value, columns);
  const fields = fieldsOf(table, columns);
  const declaration = byTable.get(table);
  const keyFor = (column: PgColumn | undefined) =>
    column && Object.entries(selection).find(([, value]) => value === column)?.[0];
  const subjectKey = declaration && keyFor(subjectColumnOf(declaration));
  if (declaration && fields.length > 0 && !subjectKey) {
    throw new Error(`A selection of ${getTableName(table)} reveals ${fields.join(', ')} without ${declaration.subject.key}`);
  }
  const idKey = keyFor(id);
  const keys: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(selection)) {
    const carried = fieldsOf(table, columnsIn(value));
    if (carried.length > 0) keys[key] = carried;
  }
  return {
    reveal(rows) {
      // A row of a declared table read without any personal column names nobody (a manager's view).
      const named = declaration && fields.length > 0 && subjectKey;
      return {
        fields,
        subjectIds: named ? [...new Set(rows.flatMap((row) => subjectsIn(declaration.subject.kind, row[subjectKey])))] : [],
        ...(idKey ? { entityIds: rows.map((row) => String(row[idKey])) } : {}),
        ...(named ? { subjectKey } : {}),
        ...(fields.length > 0 ? { keys } : {}),
      };
    },
  };
}

/** The category a declared field belongs to: `email` of the entity's own table, or `staff.displayName`. */
export function categoryOf(entity: string, field: string): string | undefined {
  const dot = field.indexOf('.');
  const owner = dot < 0 ? entity : field.slice(0, dot);
  const key = dot < 0 ? field : field.slice(dot + 1);
  const own = schema.personalDataDeclarations.find((d) => d.entity === owner)?.columns[key];
  if (own) return own;
  // A hand-written read names another table's field bare (`displayName` beside the log): the category
  // every declaration gives that key, when they agree; none otherwise, and the purpose covers nothing.
  const given = new Set(schema.personalDataDeclarations.map((d) => d.columns[key]).filter((c) => c !== undefined));
  return given.size === 1 ? [...given][0] : undefined;
}

/** The audit of a write: whom it changed (from what was read back) and which declared columns it set. */
export function written(read: Revealed, table: PgTable, changed: Iterable<Column>): Revealed {
  return { ...read, fields: fieldsOf(table, changed) };
}

/** The columns of `table` named by `keys` (the keys of an update's patch). */
export function columnsNamed(table: PgTable, keys: Iterable<string>): Column[] {
  const columns = table as unknown as Record<string, unknown>;
  return [...keys].map((key) => columns[key]).filter((c): c is Column => is(c, Column));
}

export const nothingRevealed = (): Revealed => ({ fields: [], subjectIds: [] });

/** Declared personal columns, by identity (an alias's column is its table's). */
export const isPersonalColumn = (column: Column) => keyOf.has(physical(column));

// The columns each output field was read from, so that the router walk finds personal data by what
// a field holds rather than by what it is called.
const carried = new WeakMap<object, Set<Column>>();

/** Marks each field of an object schema with the column the selection reads under the same key. */
export function markColumns(record: unknown, selection: SelectedFieldsFlat): void {
  const shape = (record as { shape?: Record<string, object> } | null)?.shape;
  if (!shape) return;
  for (const [key, field] of Object.entries(shape)) {
    const value = selection[key];
    if (!is(value, Column)) continue;
    const columns = carried.get(field) ?? new Set<Column>();
    columns.add(value);
    carried.set(field, columns);
  }
}

export const columnsCarriedBy = (field: object): Column[] => [...(carried.get(field) ?? [])];
