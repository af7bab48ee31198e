import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { auditedReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { personalDataProcedure, router } from '../trpc.ts';
import { disclosureReader, saveDisclosure } from './resource.ts';
import { disclosureData, disclosureFilter, disclosureRecord, disclosureSort } from './schemas.ts';

const write = (action: 'create' | 'update') =>
  personalDataProcedure(rolesFor('disclosures', action === 'create' ? 'create' : 'edit'), { entity: 'disclosures', action });

/** Requests from authorities: each names learners, so every read and write is audited. */
export const disclosuresRouter = router({
  ...readProcedures({
    builders: auditedReads('disclosures', 'disclosures'),
    id: uuidId,
    record: disclosureRecord,
    sort: disclosureSort,
    filter: disclosureFilter,
    reader: disclosureReader,
  }),

  create: write('create')
    .input(z.object({ data: disclosureData }))
    .output(recordOutput(disclosureRecord))
    .mutation(async ({ ctx, input }) => {
      const id = await saveDisclosure(ctx.db, null, input.data, ctx.staff.id);
      return { data: await disclosureReader.one(ctx.db, id) };
    }),

  update: write('update')
    .input(z.object({ id: uuidId, data: disclosureData, previousData: z.unknown().optional() }))
    .output(recordOutput(disclosureRecord))
    .mutation(async ({ ctx, input }) => {
      await saveDisclosure(ctx.db, input.id, input.data, ctx.staff.id);
      return { data: await disclosureReader.one(ctx.db, input.id) };
    }),
});
