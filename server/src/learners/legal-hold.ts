import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badField } from '../errors.ts';
import { learnerReader } from './readers.ts';
import { lockLearner } from './rectification.ts';
import type { legalHoldInput } from './schemas.ts';

const { learners } = schema;

/**
 * An admin keeps every datum of a learner until a day (suspected fraud, a dispute: "for a reasonable
 * period to establish the facts"); an erasure meanwhile keeps everything. Placing it again moves it.
 */
export async function placeLegalHold(db: Database, today: string, input: z.infer<typeof legalHoldInput>) {
  if (input.until <= today) throw badField('until', 'La conservation doit courir au-delà d’aujourd’hui.');
  await lockLearner(db, input.id);
  await db
    .update(learners)
    .set({ legalHoldUntil: input.until, legalHoldReason: input.reason, updatedAt: sql`now()` })
    .where(eq(learners.id, input.id));
  return learnerReader.one(db, input.id);
}

export async function liftLegalHold(db: Database, id: string) {
  await lockLearner(db, id);
  const before = await learnerReader.one(db, id);
  if (!before.legalHoldUntil) throw badField('id', 'Aucune conservation pour motif légal sur cet apprenant.');
  await db
    .update(learners)
    .set({ legalHoldUntil: null, legalHoldReason: null, updatedAt: sql`now()` })
    .where(eq(learners.id, id));
  return learnerReader.one(db, id);
}
