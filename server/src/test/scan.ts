import { schema, selectRows } from '@vigie/db';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { Harness } from './harness.ts';

/**
 * Every text-like column (text, varchar, jsonb, text[] and varchar[]) of every table of the public
 * schema that holds one of `needles`, as `table.column` -> the needles found there. Run as the owner,
 * who reads every table.
 */
export async function scanTextColumns(h: Harness, needles: string[]): Promise<Map<string, string[]>> {
  return h.database.asOwner(async (owner) => {
    const columns = await selectRows<{ table_name: string; column_name: string }>(
      owner,
      sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and (c.data_type in ('text', 'character varying', 'jsonb') or c.udt_name in ('_text', '_varchar'))
        order by 1, 2`,
    );
    const found = new Map<string, string[]>();
    const list = sql.join(needles.map((n) => sql`${n}`), sql`, `);
    for (const { table_name: table, column_name: column } of columns) {
      const [row] = await selectRows<{ hits: string[] | null }>(
        owner,
        sql`select array_agg(n) as hits from unnest(array[${list}]::text[]) n where exists (select 1 from ${sql.identifier(table)}
          where ${sql.identifier(column)}::text ilike '%' || n || '%')`,
      );
      if (row?.hits?.length) found.set(`${table}.${column}`, row.hits);
    }
    return found;
  });
}

const declarations = new Map(schema.personalDataDeclarations.map((d) => [d.entity, d]));

/** `table.column` of an entity's fields (TypeScript names), as the scan names them, with the columns computed from them. */
export function columnsOf(entity: string, fields: string[]): string[] {
  const declaration = declarations.get(entity);
  if (!declaration) throw new Error(`unknown entity ${entity}`);
  const { table } = declaration;
  const columns = getTableColumns(table);
  const derived = Object.entries(declaration.derived ?? {})
    .filter(([, sources]) => sources?.some((source) => fields.includes(source)))
    .map(([key]) => key);
  return [...fields, ...derived].map((f) => `${getTableName(table)}.${columns[f]?.name ?? f}`);
}

/** Every text column of an entity's table (the proof is kept whole). */
export function allColumnsOf(entity: string): string[] {
  const table = declarations.get(entity)?.table;
  if (!table) throw new Error(`unknown entity ${entity}`);
  return Object.values(getTableColumns(table)).map((c) => `${getTableName(table)}.${c.name}`);
}
