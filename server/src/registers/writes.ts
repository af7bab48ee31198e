import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { badField } from '../errors.ts';

const { activityProcessors: links } = schema;

/** Names are unique whatever their case: two "Google" entries would split one processor's history. */
export async function assertNameFree(
  db: Database,
  table: { self: PgTable; id: PgColumn; name: PgColumn },
  name: string,
  id: string | null,
  message: string,
) {
  const taken = await db
    .select({ id: table.id })
    .from(table.self)
    .where(and(sql`lower(${table.name}) = lower(${name})`, id ? ne(table.id, id) : undefined));
  if (taken.length > 0) throw badField('data.name', message);
}

/**
 * Which processors serve which activity, replaced as a whole from either side: an activity's
 * processors (`activityId` given) or a processor's activities (`processorId` given).
 */
export async function replaceLinks(db: Database, from: 'activityId' | 'processorId', id: string, others: readonly string[]) {
  await db.delete(links).where(eq(links[from], id));
  const rows = [...new Set(others)].map((other) =>
    from === 'activityId' ? { activityId: id, processorId: other } : { activityId: other, processorId: id },
  );
  if (rows.length > 0) await db.insert(links).values(rows);
}
