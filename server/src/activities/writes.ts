import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { badField } from '../errors.ts';
import type { ActivityData } from './schemas.ts';

const { activities, processors, activityProcessors: links } = schema;

async function checkReferences(db: Database, id: string | null, data: ActivityData) {
  const sameName = await db
    .select({ id: activities.id })
    .from(activities)
    .where(and(sql`lower(${activities.name}) = lower(${data.name})`, id ? ne(activities.id, id) : undefined));
  if (sameName.length > 0) throw badField('data.name', 'Un traitement porte déjà ce nom.');
  if (data.processorIds.length > 0) {
    const found = await db.select({ id: processors.id }).from(processors).where(inArray(processors.id, data.processorIds));
    if (found.length !== new Set(data.processorIds).size) throw badField('data.processorIds', 'Sous-traitant inconnu.');
  }
}

/** Creates (`id` null) or replaces an activity with its processors, in the caller's transaction; returns its id. */
export async function saveActivity(db: Database, id: string | null, data: ActivityData): Promise<string> {
  if (id) {
    const [found] = await db.select({ id: activities.id }).from(activities).where(eq(activities.id, id)).for('update');
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'Traitement introuvable.' });
  }
  await checkReferences(db, id, data);
  const { processorIds, ...values } = data;
  let savedId = id;
  if (id) {
    await db.update(activities).set({ ...values, updatedAt: sql`now()` }).where(eq(activities.id, id));
  } else {
    const [row] = await db.insert(activities).values(values).returning({ id: activities.id });
    savedId = row?.id ?? null;
  }
  if (!savedId) throw new Error('activity not saved');
  await db.delete(links).where(eq(links.activityId, savedId));
  const rows = [...new Set(processorIds)].map((processorId) => ({ activityId: savedId, processorId }));
  if (rows.length > 0) await db.insert(links).values(rows);
  return savedId;
}
