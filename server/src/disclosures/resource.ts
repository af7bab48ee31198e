import type { Database } from '@vigie/db';
import { schema } from '@vigie/db';
import { TRPCError } from '@trpc/server';
import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { badField } from '../errors.ts';
import { defineReader, equalTo, type FilterSql, sortable } from '../resources/reader.ts';
import { instant } from '../resources/records.ts';
import { anyColumnContains } from '../resources/search.ts';
import { type DisclosureData, type disclosureFilter, disclosureSort } from './schemas.ts';

const { disclosures, learners } = schema;

const filter: FilterSql<z.infer<typeof disclosureFilter>> = {
  q: (q) => anyColumnContains([disclosures.authority, disclosures.reference], q),
  decision: equalTo(disclosures.decision),
};

const fields = {
  id: disclosures.id,
  authority: disclosures.authority,
  reference: disclosures.reference,
  legalBasis: disclosures.legalBasis,
  receivedOn: disclosures.receivedOn,
  learnerIds: disclosures.learnerIds,
  dataCategories: disclosures.dataCategories,
  decision: disclosures.decision,
  decidedBy: disclosures.decidedBy,
  disclosedOn: disclosures.disclosedOn,
  notes: disclosures.notes,
  createdAt: disclosures.createdAt,
  updatedAt: disclosures.updatedAt,
};

export const disclosureReader = defineReader({
  table: disclosures,
  id: disclosures.id,
  fields,
  toRecord: (row) => ({ ...row, createdAt: instant(row.createdAt), updatedAt: instant(row.updatedAt) }),
  sort: sortable(fields, disclosureSort.shape.field.options),
  filter,
  references: {},
  notFound: 'Demande introuvable.',
});

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
