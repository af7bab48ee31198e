import { type Database, schema } from '@vigie/db';
import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { written } from '../audit/revealed.ts';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { disclosureReader } from './resource.ts';
import { disclosureData, disclosureFilter, disclosureRecord, disclosureSort } from './schemas.ts';
import { saveDisclosure } from './writes.ts';

const write = (action: 'create' | 'update') =>
  personalDataProcedure(
    rolesFor('disclosures', action === 'create' ? 'create' : 'edit'),
    { entity: 'disclosures', action },
    recordOutput(disclosureRecord),
  );

/** The request as saved: the audit names the learners it concerns and the one declared column written. */
async function saved(db: Database, id: string) {
  const read = await disclosureReader.one(db, id);
  return { data: read.data, audit: written(read.audit, schema.disclosures, [schema.disclosures.learnerIds]) };
}

/** Requests from authorities: each names learners, so every read and write is audited. */
export const disclosuresRouter = router({
  ...readProcedures({
    mode: auditedReads('disclosures', 'disclosures'),
    id: uuidId,
    record: disclosureRecord,
    sort: disclosureSort,
    filter: disclosureFilter,
    reader: disclosureReader,
  }),

  create: write('create')
    .input(z.object({ data: disclosureData }))
    .mutation(async ({ ctx, input }) => saved(ctx.db, await saveDisclosure(ctx.db, null, input.data, ctx.staff.id))),

  update: write('update')
    .input(z.object({ id: uuidId, data: disclosureData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => saved(ctx.db, await saveDisclosure(ctx.db, input.id, input.data, ctx.staff.id))),
});
