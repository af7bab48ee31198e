import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { badField } from '../errors.ts';
import type { LearnerUpdateData } from '../learners/schemas.ts';
import { lockLearner, rectifyLearner } from '../learners/writes.ts';
import type { objectionInput } from './schemas.ts';
import { type Actor, applyStep, lockRequest, requireExecutable } from './workflow.ts';

const { learners } = schema;

/** The learner flag each objection sets (the newsletter is consent-based: objecting withdraws it). */
const objectionChanges: Record<z.infer<typeof objectionInput>['processing'], LearnerUpdateData> = {
  newsletter: { newsletterConsent: false },
  quality_visits: { objectsToQualityVisits: true },
  analytics: { objectsToAnalytics: true },
  statistics: { objectsToStatistics: true },
};

/** Art. 16: the learner's record corrected from the request; the timeline names the fields, not values. */
export async function rectifyFromRequest(db: Database, actor: Actor, id: string, data: LearnerUpdateData) {
  const request = await lockRequest(db, id);
  requireExecutable(request, 'rectification');
  const result = await rectifyLearner(db, request.learnerId, data);
  await applyStep(db, actor.staffId, request, { kind: 'rectified', details: { fields: result.audit.fields } });
  return result;
}

/** Art. 21: the objection to one processing, recorded on the learner where that processing reads it. */
export async function recordObjection(db: Database, actor: Actor, input: z.infer<typeof objectionInput>) {
  const request = await lockRequest(db, input.id);
  requireExecutable(request, 'objection');
  const result = await rectifyLearner(db, request.learnerId, objectionChanges[input.processing]);
  await applyStep(db, actor.staffId, request, {
    kind: 'objection_recorded',
    note: input.note,
    details: { processing: input.processing, fields: result.audit.fields },
  });
  return result;
}

/** Art. 18: restricts (or lifts the restriction of) the learner's processing; the gateway enforces it. */
export async function setRestriction(
  db: Database,
  actor: Actor,
  input: { id: string; note?: string | null | undefined },
  restricted: boolean,
) {
  const request = await lockRequest(db, input.id);
  requireExecutable(request, 'restriction');
  const learner = await lockLearner(db, request.learnerId);
  if (Boolean(learner.restrictedAt) === restricted) {
    throw badField('id', restricted ? 'Apprenant déjà restreint.' : "L'apprenant n'est pas restreint.");
  }
  await db
    .update(learners)
    .set({ restrictedAt: restricted ? actor.now : null, updatedAt: actor.now })
    .where(eq(learners.id, request.learnerId));
  return applyStep(db, actor.staffId, request, {
    kind: restricted ? 'restricted' : 'restriction_lifted',
    note: input.note,
    details: { learnerId: request.learnerId },
  });
}
