import type { Database } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, asc, count, desc, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable, SelectedFieldsFlat } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { auditSelection, type Disclosed } from '../audit/revealed.ts';

/** One SQL condition per filter key; `-?` makes forgetting a filter declared in zod a type error. */
export type FilterSql<F> = { [K in keyof F]-?: (value: NonNullable<F[K]>) => SQL | undefined };

/** A sort whitelist where each field sorts on its own column: `sortable(fields, sortSchema options)`. */
export function sortable<K extends string>(
  fields: Record<K, PgColumn | SQL>,
  keys: readonly K[],
): Record<K, SQLWrapper> {
  const sort = {} as Record<K, SQLWrapper>;
  for (const key of keys) sort[key] = fields[key];
  return sort;
}

/** A filter that is plain equality on a column. */
export const equalTo = (column: PgColumn) => (value: unknown) => eq(column, value);

export interface ListParams<F, S extends string> {
  pagination: { page: number; perPage: number };
  sort: { field: S; order: 'ASC' | 'DESC' };
  filter?: F | undefined;
}

export interface ReaderSpec<Fields extends SelectedFieldsFlat, R, F, S extends string, T extends string> {
  table: PgTable;
  /** Tables the fields and filters also read (a flag's audit event, its review), joined to every query. */
  join?: (query: PgSelect) => PgSelect;
  /** The key of `getOne`/`getMany`, and the last sort key so that pages never overlap. */
  id: PgColumn;
  /** The columns (or SQL expressions) read; the record is built from them, nothing else leaves. */
  fields: Fields;
  toRecord: (row: SelectResultFields<Fields>) => R;
  /** The sort whitelist: API field name -> what to order by (several keys to follow an index). */
  sort: Record<S, SQLWrapper | readonly SQLWrapper[]>;
  filter: FilterSql<F>;
  /** `getManyReference` targets: API name -> the foreign-key column, or a condition (a membership). */
  references: Record<T, PgColumn | ((id: string) => SQL)>;
  notFound: string;
  /** Tests lower it; every resource uses `COUNT_CAP`. */
  countCap?: number;
  /** Never count (a log of millions of rows): every page is partial, like react-admin's partial pagination. */
  uncounted?: boolean;
}

/**
 * Counting every match of a broad filter over a million rows costs more than the page itself, and
 * nobody pages through ten thousand learners: past this many matches the list says "more" instead.
 */
export const COUNT_CAP = 10_000;

/** react-admin's two list shapes: an exact `total`, or partial pagination past `COUNT_CAP` matches. */
export type ListPage<R> =
  | { data: R[]; total: number }
  | { data: R[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } };

/**
 * react-admin's read methods, each answering in react-admin's shape with what it revealed: the personal
 * fields its selection carries and whose they are, read from the columns (never from the keys).
 */
export interface Reader<R, F, S extends string, T extends string> {
  list(db: Database, params: ListParams<F, S>, extra?: SQL): Promise<Disclosed<ListPage<R>>>;
  listByReference(db: Database, params: ListParams<F, S> & { target: T; id: string }): Promise<Disclosed<ListPage<R>>>;
  one(db: Database, id: string | number): Promise<Disclosed<{ data: R }>>;
  many(db: Database, ids: readonly (string | number)[]): Promise<Disclosed<{ data: R[] }>>;
  /** The record alone, for the rules that check it before acting: what an answer reveals is its own. */
  record(db: Database, id: string | number): Promise<R>;
  /** The columns read, by output key: how the router walk knows what each record field holds. */
  selection: SelectedFieldsFlat;
}

/** react-admin's read methods over one table: whitelisted sort, declared filters, offset pagination. */
export function defineReader<Fields extends SelectedFieldsFlat, R, F, S extends string, T extends string>(
  spec: ReaderSpec<Fields, R, F, S, T>,
): Reader<R, F, S, T> {
  const condition = <K extends keyof F>(filter: F, key: K): SQL | undefined => {
    const value = filter[key];
    // An empty text box in react-admin's filter form arrives as '' : no condition, like undefined.
    if (value === undefined || value === null || value === '') return undefined;
    return spec.filter[key](value);
  };
  const where = (filter: F | undefined) =>
    filter ? and(...(Object.keys(spec.filter) as (keyof F)[]).map((key) => condition(filter, key))) : undefined;

  // drizzle cannot type a select over a generic selection: the query is built on the wide type, and
  // its rows are read back as what that very selection returns.
  const fields: SelectedFieldsFlat = spec.fields;
  const table: PgTable = spec.table;
  const joined = (query: PgSelect) => (spec.join ? spec.join(query) : query);
  const select = (db: Database) => joined(db.select(fields).from(table).$dynamic());
  const audit = auditSelection(table, fields, spec.id);
  const read = (rows: unknown[]) => ({
    records: (rows as SelectResultFields<Fields>[]).map(spec.toRecord),
    audit: audit.reveal(rows as Record<string, unknown>[]),
  });

  const cap = spec.countCap ?? COUNT_CAP;
  async function counted(db: Database, conditions: SQL | undefined): Promise<number | null> {
    if (spec.uncounted) return null;
    const matches = joined(db.select({ one: sql`1` }).from(table).$dynamic()).where(conditions).limit(cap + 1).as('matches');
    const [row] = await db.select({ n: count() }).from(matches);
    const total = row?.n ?? 0;
    return total <= cap ? total : null;
  }

  /**
   * What the page itself tells of the total, as `counted` would say it (past the cap, none): every match
   * when the page is not full and not past the end; `undefined` when only a count can tell.
   */
  function totalFromPage(rows: number, { page, perPage }: ListParams<F, S>['pagination']): number | null | undefined {
    const total = rows > 0 && rows <= perPage ? (page - 1) * perPage + rows : page === 1 && rows === 0 ? 0 : undefined;
    return total === undefined || total <= cap ? total : null;
  }

  /**
   * A page and its total. `few`: the matches are expected to fit on a page (a record's own contracts,
   * sessions...): the count runs only if the page turns out full, and a learner's file saves a
   * statement per tab. Otherwise both run side by side.
   */
  async function list(db: Database, params: ListParams<F, S>, extra?: SQL, few = false): Promise<Disclosed<ListPage<R>>> {
    const conditions = and(where(params.filter), extra);
    const order = params.sort.order === 'ASC' ? asc : desc;
    const keys = [spec.sort[params.sort.field]].flat() as SQLWrapper[];
    const { page, perPage } = params.pagination;
    // One row past the page tells whether another page follows when the total is not counted.
    const reading = select(db)
      .where(conditions)
      .orderBy(...keys.map((key) => order(key)), order(spec.id))
      .limit(perPage + 1)
      .offset((page - 1) * perPage);
    const counting = few ? null : counted(db, conditions);
    counting?.catch(() => {}); // awaited below, unless the page's read fails first
    const rows = await reading;
    const known = spec.uncounted ? null : totalFromPage(rows.length, params.pagination);
    const total = known === undefined ? await (counting ?? counted(db, conditions)) : known;
    const { records, audit: revealed } = read(rows.slice(0, perPage));
    const pageInfo = { hasNextPage: rows.length > perPage, hasPreviousPage: page > 1 };
    return { data: total === null ? { data: records, pageInfo } : { data: records, total }, audit: revealed };
  }

  // Built once per database handle (the gateway's reader pool lives as long as the process): the most
  // frequent read skips drizzle's query building (drizzle was 20 % of an audited read's server time).
  const byId = new WeakMap<Database, { execute(values: { id: string | number }): Promise<unknown[]> }>();
  const selectById = (db: Database) => {
    let query = byId.get(db);
    if (!query) {
      query = select(db).where(eq(spec.id, sql.placeholder('id'))).prepare('one');
      byId.set(db, query);
    }
    return query;
  };

  async function one(db: Database, id: string | number): Promise<Disclosed<{ data: R }>> {
    const { records, audit: revealed } = read(await selectById(db).execute({ id }));
    const [row] = records;
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: spec.notFound });
    return { data: { data: row }, audit: revealed };
  }

  return {
    selection: fields,
    list,
    listByReference(db, params) {
      const reference = spec.references[params.target];
      return list(db, params, typeof reference === 'function' ? reference(params.id) : eq(reference, params.id), true);
    },
    one,
    record: async (db, id) => (await one(db, id)).data.data,
    async many(db, ids) {
      const { records, audit: revealed } = read(ids.length === 0 ? [] : await select(db).where(inArray(spec.id, [...ids])));
      return { data: { data: records }, audit: revealed };
    },
  };
}
