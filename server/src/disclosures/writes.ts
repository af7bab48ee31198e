import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, inArray, sql } from 'drizzle-orm';
import { badField } from '../errors.ts';
import type { DisclosureData } from './schemas.ts';

const { disclosures, learners } = schema;

/** Records the request; the DPO saving it is the one who decided. Returns its id. */
export async function saveDisclosure(db: Database, id: string | null, data: DisclosureData, dpoId: string) {
  const found = await db.select({ id: learners.id }).from(learners).where(inArray(learners.id, data.learnerIds));
  if (found.length !== data.learnerIds.length) throw badField('data.learnerIds', 'Stagiaire inconnu.');
  const values = { ...data, decidedBy: dpoId };
  if (!id) {
    const [row] = await db.insert(disclosures).values(values).returning({ id: disclosures.id });
    if (!row) throw new Error('disclosure not saved');
    return row.id;
  }
  const updated = await db
    .update(disclosures)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(disclosures.id, id))
    .returning({ id: disclosures.id });
  if (updated.length === 0) throw new TRPCError({ code: 'NOT_FOUND', message: 'Demande introuvable.' });
  return id;
}
