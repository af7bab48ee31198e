import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { columnsNamed, written } from '../audit/revealed.ts';
import { badField } from '../errors.ts';
import { changesOf } from '../resources/inputs.ts';
import { learnerReader } from './resource.ts';
import type { LearnerUpdateData } from './schemas.ts';

const { employers, learners } = schema;

/**
 * The learner, locked until the transaction ends (two agents correcting at once write one after the
 * other); an erased learner's data is gone for good and cannot be edited back in.
 */
export async function lockLearner(db: Database, id: string) {
  const [row] = await db
    .select({ status: learners.status, restrictedAt: learners.restrictedAt })
    .from(learners)
    .where(eq(learners.id, id))
    .for('update');
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'Apprenant introuvable.' });
  if (row.status === 'erased') {
    const message = 'Apprenant effacé : ses données ne peuvent plus être modifiées.';
    throw new TRPCError({ code: 'CONFLICT', message });
  }
  return row;
}

async function requireEmployer(db: Database, id: string) {
  const [employer] = await db.select({ id: employers.id }).from(employers).where(eq(employers.id, id));
  if (!employer) throw badField('data.employerId', 'Employeur inconnu.');
}

type LearnerAnswer = Awaited<ReturnType<typeof learnerReader.one>>;

/** Rectification: writes only the fields whose value changes, and the audit names those columns. */
export async function rectifyLearner(db: Database, id: string, data: LearnerUpdateData): Promise<LearnerAnswer> {
  await lockLearner(db, id);
  const before = await learnerReader.one(db, id);
  const { changed, patch } = changesOf(data, before.data.data);
  if (changed.length > 0) {
    if (changed.includes('employerId') && data.employerId) await requireEmployer(db, data.employerId);
    await db.update(learners).set({ ...patch, updatedAt: sql`now()` }).where(eq(learners.id, id));
  }
  const after = changed.length > 0 ? await learnerReader.one(db, id) : before;
  return { data: after.data, audit: written(after.audit, learners, columnsNamed(learners, changed)) };
}
