import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badField } from '../errors.ts';
import { lockLearner } from '../learners/writes.ts';
import { latestBlockDecision, recordDecision, touchLearner } from './decide.ts';
import type { blockInput, unblockInput } from './schemas.ts';

const { learners } = schema;

/**
 * An admin blocks a learner on suspected fraud, until a review date: the learner platform refuses their
 * sign-in from then on (`/platform/blocked-learners`). Blocking a blocked learner again records the new
 * reason and review date and keeps the status the first block replaced, which the unblock restores.
 */
export async function blockLearner(db: Database, staffId: string, today: string, input: z.infer<typeof blockInput>) {
  if (input.reviewOn <= today) throw badField('reviewOn', 'La date de réexamen doit être postérieure à aujourd’hui.');
  const { status } = await lockLearner(db, input.id);
  const priorStatus = status === 'blocked' ? ((await latestBlockDecision(db, input.id))?.priorStatus ?? 'active') : status;
  await db.update(learners).set({ status: 'blocked', updatedAt: touchLearner }).where(eq(learners.id, input.id));
  return recordDecision(db, staffId, { learnerId: input.id, kind: 'block', reason: input.reason, reviewOn: input.reviewOn, priorStatus });
}

export async function unblockLearner(db: Database, staffId: string, input: z.infer<typeof unblockInput>) {
  const { status } = await lockLearner(db, input.id);
  if (status !== 'blocked') throw badField('id', 'Cet apprenant n’est pas bloqué.');
  const latest = await latestBlockDecision(db, input.id);
  const restored = latest?.kind === 'block' && latest.priorStatus ? latest.priorStatus : 'active';
  await db.update(learners).set({ status: restored, updatedAt: touchLearner }).where(eq(learners.id, input.id));
  return recordDecision(db, staffId, { learnerId: input.id, kind: 'unblock', reason: input.reason });
}
