import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import type { z } from 'zod';
import { badField, sqlStateOf, UNIQUE_VIOLATION } from '../errors.ts';
import { flagReader } from './resource.ts';
import type { reviewInput } from './schemas.ts';

const alreadyReviewed = () => badField('id', 'Ce signalement a déjà été examiné.');

/** A review is a row of its own, written once: the flag and the audit event it points at stay as they were. */
export async function reviewFlag(db: Database, staffId: string, input: z.infer<typeof reviewInput>) {
  const flag = await flagReader.one(db, input.id);
  if (flag.data.data.status === 'reviewed') throw alreadyReviewed();
  try {
    await db.insert(schema.anomalyReviews).values({ flagId: input.id, reviewedBy: staffId, note: input.note });
  } catch (error) {
    if (sqlStateOf(error) === UNIQUE_VIOLATION) throw alreadyReviewed();
    throw error;
  }
  return flagReader.one(db, input.id);
}
