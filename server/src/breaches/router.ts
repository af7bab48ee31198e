import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { plainReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { plainDataProcedure, router } from '../trpc.ts';
import { breachReader } from './resource.ts';
import { breachData, breachFilter, breachRecord, breachSort } from './schemas.ts';
import { saveBreach } from './writes.ts';

/** The breach register names no person (categories and a head count): plain reads, for the DPO alone. */
export const breachesRouter = router({
  ...readProcedures({
    mode: plainReads('breaches'),
    id: uuidId,
    record: breachRecord,
    sort: breachSort,
    filter: breachFilter,
    reader: breachReader,
  }),

  create: plainDataProcedure(rolesFor('breaches', 'create'), recordOutput(breachRecord))
    .input(z.object({ data: breachData }))
    .mutation(async ({ ctx, input }) => breachReader.one(ctx.db, await saveBreach(ctx.db, null, input.data))),

  update: plainDataProcedure(rolesFor('breaches', 'edit'), recordOutput(breachRecord))
    .input(z.object({ id: uuidId, data: breachData, previousData: z.unknown().optional() }))
    .mutation(async ({ ctx, input }) => breachReader.one(ctx.db, await saveBreach(ctx.db, input.id, input.data))),
});
