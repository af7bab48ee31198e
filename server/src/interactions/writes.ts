import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { fieldsOf } from '../audit/revealed.ts';
import { badField } from '../errors.ts';
import { interactionReader } from './resource.ts';
import type { interactionCreateData } from './schemas.ts';

const { interactions, learners } = schema;

export async function logInteraction(db: Database, staffId: string, data: z.infer<typeof interactionCreateData>) {
  const [learner] = await db.select({ status: learners.status }).from(learners).where(eq(learners.id, data.learnerId));
  if (!learner) throw badField('data.learnerId', 'Apprenant introuvable.');
  if (learner.status === 'erased') {
    throw new TRPCError({ code: 'CONFLICT', message: 'Apprenant effacé : aucun échange ne peut plus être ajouté.' });
  }
  const [row] = await db.insert(interactions).values({ ...data, staffId }).returning({ id: interactions.id });
  if (!row) throw new Error('interaction not inserted');
  const read = await interactionReader.one(db, row.id);
  // What was written: the typed fields and the time the database set.
  return { data: read.data, audit: { ...read.audit, fields: fieldsOf(interactions, [interactions.channel, interactions.summary, interactions.occurredAt]) } };
}
