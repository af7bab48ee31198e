import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import type { BreachData } from './schemas.ts';

const { breaches } = schema;

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
