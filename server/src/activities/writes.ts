import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, inArray, sql } from 'drizzle-orm';
import { badField } from '../errors.ts';
import { assertNameFree, replaceLinks } from '../registers/writes.ts';
import type { ActivityData } from './schemas.ts';

const { activities, processors } = schema;

async function checkReferences(db: Database, id: string | null, data: ActivityData) {
  const table = { self: activities, id: activities.id, name: activities.name };
  await assertNameFree(db, table, data.name, id, 'Un traitement porte déjà ce nom.');
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
  await replaceLinks(db, 'activityId', savedId, processorIds);
  return savedId;
}
