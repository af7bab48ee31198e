import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, inArray, sql } from 'drizzle-orm';
import { badField } from '../errors.ts';
import { assertNameFree, replaceLinks } from '../registers/writes.ts';
import { lockProcessor } from './resource.ts';
import type { ProcessorData } from './schemas.ts';

const { processors, activities } = schema;

async function checkReferences(db: Database, id: string | null, data: ProcessorData) {
  const table = { self: processors, id: processors.id, name: processors.name };
  await assertNameFree(db, table, data.name, id, 'Un sous-traitant porte déjà ce nom.');
  if (data.parentId) {
    const [parent] = await db.select({ id: processors.id }).from(processors).where(eq(processors.id, data.parentId));
    if (!parent || data.parentId === id) throw badField('data.parentId', 'Sous-traitant principal inconnu.');
  }
  if (data.activityIds.length > 0) {
    const found = await db.select({ id: activities.id }).from(activities).where(inArray(activities.id, data.activityIds));
    if (found.length !== new Set(data.activityIds).size) throw badField('data.activityIds', 'Traitement inconnu.');
  }
}

/** Creates (`id` null) or replaces a processor with its links, in the caller's transaction; returns its id. */
export async function saveProcessor(db: Database, id: string | null, data: ProcessorData): Promise<string> {
  if (id && !(await lockProcessor(db, id))) throw new TRPCError({ code: 'NOT_FOUND', message: 'Sous-traitant introuvable.' });
  await checkReferences(db, id, data);
  const { activityIds, ...values } = data;
  let savedId = id;
  if (id) {
    await db.update(processors).set({ ...values, updatedAt: sql`now()` }).where(eq(processors.id, id));
  } else {
    const [row] = await db.insert(processors).values(values).returning({ id: processors.id });
    savedId = row?.id ?? null;
  }
  if (!savedId) throw new Error('processor not saved');
  await replaceLinks(db, 'processorId', savedId, activityIds);
  return savedId;
}
