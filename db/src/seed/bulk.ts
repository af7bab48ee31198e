import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../client.ts';
import { selectRows } from '../rows.ts';
import { literal } from './sql.ts';

interface Rebuild {
  drop: string;
  create: string;
}

/**
 * PostgreSQL's advice for populating a database: drop the indexes and foreign keys, load, then build each
 * index once and check each foreign key with one query. Returns the function that puts them back. The
 * definitions are read from the catalog, so what is rebuilt is exactly what the migrations made; all of
 * it happens inside the caller's transaction.
 */
export async function dropIndexesAndKeys(tx: Transaction, tables: PgTable[]): Promise<() => Promise<void>> {
  const names = `ARRAY[${tables.map((table) => literal(getTableName(table))).join(', ')}]::regclass[]`;
  // Foreign keys from or to these tables (other features' tables may point at learners), then keys, then indexes;
  // a partition's copies of its parent's keys go and come back with the parent's (conparentid).
  const foreignKeys = await selectRows<Rebuild>(tx, sql.raw(`
    SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
      format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS create
    FROM pg_constraint WHERE contype = 'f' AND conparentid = 0 AND (conrelid = ANY(${names}) OR confrelid = ANY(${names}))
    ORDER BY conrelid::regclass::text, conname`));
  const keys = await selectRows<Rebuild>(tx, sql.raw(`
    SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop,
      format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS create
    FROM pg_constraint WHERE contype IN ('p', 'u') AND conparentid = 0 AND conrelid = ANY(${names})
    ORDER BY conrelid::regclass::text, conname`));
  const indexes = await selectRows<Rebuild>(tx, sql.raw(`
    SELECT format('DROP INDEX %s', i.indexrelid::regclass) AS drop, pg_get_indexdef(i.indexrelid) AS create
    FROM pg_index i WHERE i.indrelid = ANY(${names})
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
    ORDER BY i.indexrelid::regclass::text`));
  for (const { drop } of [...foreignKeys, ...keys, ...indexes]) await tx.execute(sql.raw(drop));
  return async () => {
    for (const { create } of [...keys, ...indexes, ...foreignKeys]) await tx.execute(sql.raw(create));
  };
}
