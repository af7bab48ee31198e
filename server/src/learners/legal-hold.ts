import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { written } from '../audit/revealed.ts';
import { badField } from '../errors.ts';
import { learnerReader } from './resource.ts';
import { recordDecision } from '../learner-decisions/decide.ts';
import type { legalHoldInput, liftLegalHoldInput } from './schemas.ts';
import { lockLearner } from './writes.ts';

const { learners } = schema;
const holdColumns = [learners.legalHoldUntil, learners.legalHoldReason];

async function setHold(db: Database, id: string, hold: { legalHoldUntil: string | null; legalHoldReason: string | null }) {
  await db.update(learners).set({ ...hold, updatedAt: sql`now()` }).where(eq(learners.id, id));
  const after = await learnerReader.one(db, id);
  return { data: after.data, audit: written(after.audit, learners, holdColumns) };
}

/**
 * An admin keeps every datum of a learner until a day (suspected fraud, a dispute: "for a reasonable
 * period to establish the facts"); an erasure meanwhile keeps everything. Placing it again moves it.
 */
export async function placeLegalHold(db: Database, staffId: string, today: string, input: z.infer<typeof legalHoldInput>) {
  if (input.until <= today) throw badField('until', 'La conservation doit courir au-delà d’aujourd’hui.');
  await lockLearner(db, input.id);
  await recordDecision(db, staffId, { learnerId: input.id, kind: 'legal_hold', reason: input.reason, reviewOn: input.until });
  return setHold(db, input.id, { legalHoldUntil: input.until, legalHoldReason: input.reason });
}

/** Lifting a hold lets an erasure proceed: why is kept in the history of decisions. */
export async function liftLegalHold(db: Database, staffId: string, input: z.infer<typeof liftLegalHoldInput>) {
  await lockLearner(db, input.id);
  const before = await learnerReader.one(db, input.id);
  if (!before.data.data.legalHoldUntil) throw badField('id', 'Aucune conservation pour motif légal sur cet apprenant.');
  await recordDecision(db, staffId, { learnerId: input.id, kind: 'legal_hold_lift', reason: input.reason });
  return setHold(db, input.id, { legalHoldUntil: null, legalHoldReason: null });
}
