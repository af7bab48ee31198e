import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { notificationDeadline } from '@vigie/domain/breach-deadline';
import { defineReader, type FilterSql, sortable } from '../resources/reader.ts';
import { instant, instantOrNull } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type BreachData, type breachFilter, breachSort } from './schemas.ts';

const { breaches } = schema;

const filter: FilterSql<z.infer<typeof breachFilter>> = {
  q: (q) => anyColumnContains([breaches.description], q),
  notified: (notified) => (notified ? isNotNull(breaches.cnilNotifiedAt) : isNull(breaches.cnilNotifiedAt)),
};

const fields = {
  id: breaches.id,
  detectedAt: breaches.detectedAt,
  description: breaches.description,
  dataCategories: breaches.dataCategories,
  approximatePeople: breaches.approximatePeople,
  consequences: breaches.consequences,
  measures: breaches.measures,
  cnilNotifiedAt: breaches.cnilNotifiedAt,
  peopleInformedAt: breaches.peopleInformedAt,
  peopleNotInformedReason: breaches.peopleNotInformedReason,
  createdAt: breaches.createdAt,
  updatedAt: breaches.updatedAt,
};

export const breachReader = defineReader({
  table: breaches,
  id: breaches.id,
  fields,
  toRecord: (row) => ({
    ...row,
    detectedAt: instant(row.detectedAt),
    cnilNotifiedAt: instantOrNull(row.cnilNotifiedAt),
    notificationDeadline: instant(notificationDeadline(row.detectedAt)),
    peopleInformedAt: instantOrNull(row.peopleInformedAt),
    createdAt: instant(row.createdAt),
    updatedAt: instant(row.updatedAt),
  }),
  sort: sortable(fields, breachSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Violation introuvable.',
});

const toRow = (data: BreachData) => ({
  ...data,
  detectedAt: new Date(data.detectedAt),
  cnilNotifiedAt: data.cnilNotifiedAt ? new Date(data.cnilNotifiedAt) : null,
  peopleInformedAt: data.peopleInformedAt ? new Date(data.peopleInformedAt) : null,
});

export async function saveBreach(db: Database, id: string | null, data: BreachData): Promise<string> {
  if (!id) {
    const [row] = await db.insert(breaches).values(toRow(data)).returning({ id: breaches.id });
    if (!row) throw new Error('breach not saved');
    return row.id;
  }
  const updated = await db
    .update(breaches)
    .set({ ...toRow(data), updatedAt: sql`now()` })
    .where(eq(breaches.id, id))
    .returning({ id: breaches.id });
  if (updated.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: 'Violation introuvable.' });
  return id;
}
