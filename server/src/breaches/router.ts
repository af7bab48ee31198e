import { z } from 'zod';
import { rolesFor } from '@vigie/domain/access';
import { recordOutput } from '../resource-params.ts';
import { plainReads, readProcedures, uuidId } from '../resources/procedures.ts';
import { rolesProcedure, router } from '../trpc.ts';
import { breachReader, saveBreach } from './resource.ts';
import { breachData, breachFilter, breachRecord, breachSort } from './schemas.ts';

/** The breach register names no person (categories and a head count): plain reads, for the DPO alone. */
export const breachesRouter = router({
  ...readProcedures({
    builders: plainReads('breaches'),
    id: uuidId,
    record: breachRecord,
    sort: breachSort,
    filter: breachFilter,
    reader: breachReader,
  }),

  create: rolesProcedure(rolesFor('breaches', 'create'))
    .input(z.object({ data: breachData }))
    .output(recordOutput(breachRecord))
    .mutation(async ({ ctx, input }) => ({ data: await breachReader.one(ctx.db, await saveBreach(ctx.db, null, input.data)) })),

  update: rolesProcedure(rolesFor('breaches', 'edit'))
    .input(z.object({ id: uuidId, data: breachData, previousData: z.unknown().optional() }))
    .output(recordOutput(breachRecord))
    .mutation(async ({ ctx, input }) => ({
      data: await breachReader.one(ctx.db, await saveBreach(ctx.db, input.id, input.data)),
    })),
});
